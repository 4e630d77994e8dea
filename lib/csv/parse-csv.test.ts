import { describe, expect, it } from "vitest";
import { readFixture } from "@/tests/fixtures/csv/read-fixture";
import { MAX_COLUMNS, parseCsvText, SAMPLE_ROWS, uniqueHeaders } from "./parse-csv";

describe("parseCsvText: real export shapes", () => {
  it("reads a Sales Navigator export with quoted commas in URLs and locations", () => {
    const parsed = parseCsvText(readFixture("sales-navigator-export.csv"));
    expect(parsed.headers).toEqual(["First Name", "Last Name", "Title", "Company", "Location", "Profile URL", "Connection Degree"]);
    expect(parsed.delimiter).toBe(",");
    expect(parsed.rows).toHaveLength(8);
    expect(parsed.rows[1]?.[5]).toBe("https://www.linkedin.com/sales/lead/ACwAAA1bC2dE3fG4hI5jK6lM7nO8pQ9rS0tU,NAME_SEARCH,x7Yz");
    expect(parsed.rows[2]?.[2]).toBe("Director, Demand Generation");
    expect(parsed.errors).toEqual([]);
  });

  it("reads an Apollo export with an embedded newline and doubled quotes", () => {
    const parsed = parseCsvText(readFixture("apollo-export.csv"));
    expect(parsed.headers).toHaveLength(15);
    expect(parsed.rows).toHaveLength(5);
    expect(parsed.rows[1]?.[8]).toBe("growth,\nplg");
    expect(parsed.rows[3]?.[2]).toBe('Account Executive, "Enterprise"');
    expect(parsed.rows.every((row) => row.length === 15)).toBe(true);
  });

  it("reads a HubSpot export with CRLF line endings and keeps long ids as strings", () => {
    const parsed = parseCsvText(readFixture("hubspot-export.csv"));
    expect(parsed.headers[4]).toBe("LinkedIn URL");
    expect(parsed.rows).toHaveLength(6);
    expect(parsed.rows[0]).toEqual(["51234567801", "Grace", "Hopper", "grace.hopper@example.com", "https://www.linkedin.com/in/grace-hopper-navy/", "Cobol Systems", "", "lead"]);
    expect(parsed.rows.flat().some((cell) => cell.includes("\r"))).toBe(false);
  });

  it("reads an Excel semicolon file: BOM stripped, accents intact, blank lines counted, ragged line padded", () => {
    const parsed = parseCsvText(readFixture("excel-semicolon.csv"));
    expect(parsed.delimiter).toBe(";");
    expect(parsed.headers).toEqual(["Nom", "Prénom", "LinkedIn", "Société", "Ville"]);
    expect(parsed.skippedBlankLines).toBe(2);
    expect(parsed.rows).toHaveLength(5);
    expect(parsed.rows[0]).toEqual(["Müller", "Jürgen", "https://de.linkedin.com/in/j%C3%BCrgen-m%C3%BCller", "Bäckerei Müller GmbH", "München"]);
    expect(parsed.rows[1]?.[4]).toBe("Paris, France");
    expect(parsed.rows[2]?.[3]).toBe("Compañía; S.A.");
    expect(parsed.rows[3]).toEqual(["Łukasiewicz", "Zoë", "https://www.linkedin.com/in/zoe-lukasiewicz", "", ""]);
  });
});

describe("parseCsvText: format details", () => {
  it.each([
    [",", "a,b,c\n1,2,3\n4,5,6"],
    [";", "a;b;c\n1;2;3\n4;5;6"],
    ["\t", "a\tb\tc\n1\t2\t3\n4\t5\t6"],
    ["|", "a|b|c\n1|2|3\n4|5|6"],
  ])("guesses the %j delimiter", (delimiter, text) => {
    const parsed = parseCsvText(text);
    expect(parsed.delimiter).toBe(delimiter);
    expect(parsed.rows).toEqual([["1", "2", "3"], ["4", "5", "6"]]);
  });

  it("strips a UTF-8 BOM so the first header matches", () => {
    expect(parseCsvText("\uFEFFLinkedIn URL,Name\nx,y").headers).toEqual(["LinkedIn URL", "Name"]);
  });

  it("keeps commas, quotes and CRLF inside quoted fields", () => {
    const parsed = parseCsvText('name,notes\r\n"Doe, Jane","said ""hi""\r\nthen left"\r\n');
    expect(parsed.rows).toEqual([["Doe, Jane", 'said "hi"\r\nthen left']]);
    expect(parsed.skippedBlankLines).toBe(0);
  });

  it("splits a file whose header ends in CRLF and whose rows end in LF alone (two exports joined, rows added by a script)", () => {
    const parsed = parseCsvText("LinkedIn URL,Name\r\nhttps://www.linkedin.com/in/jane-doe/,Jane\nhttps://www.linkedin.com/in/john-roe/,John\r\nx,\"two\nlines\"\ny,\"it \"\"said\"\"\r\nso\"\n");
    expect(parsed.headers).toEqual(["LinkedIn URL", "Name"]);
    expect(parsed.rows).toEqual([
      ["https://www.linkedin.com/in/jane-doe/", "Jane"],
      ["https://www.linkedin.com/in/john-roe/", "John"],
      ["x", "two\nlines"],
      ["y", 'it "said"\r\nso'],
    ]);
  });

  it("pads short rows, keeps long rows whole, and skips whitespace-only lines", () => {
    const parsed = parseCsvText("a,b,c\n1\n\n  \n,,\n1,2,3,4\n");
    expect(parsed.rows).toEqual([["1", "", ""], ["1", "2", "3", "4"]]);
    expect(parsed.skippedBlankLines).toBe(3);
  });

  it("keeps the first line of a bare list of personIds of any length Clodura uses as data, not as a header", () => {
    for (const ids of [["123456789012", "223456789012"], ["1234567890123456789012", "2234567890123456789012"]]) {
      const parsed = parseCsvText(ids.join("\n"));
      expect(parsed.headers).toEqual(["Column 1"]);
      expect(parsed.rows).toEqual(ids.map((id) => [id]));
    }
  });

  it("follows Excel's sep= first line and does not read it as the header", () => {
    const parsed = parseCsvText("sep=;\r\nName;LinkedIn URL\r\nJane, Doe;https://www.linkedin.com/in/jane-doe/\r\n");
    expect(parsed.delimiter).toBe(";");
    expect(parsed.headers).toEqual(["Name", "LinkedIn URL"]);
    expect(parsed.rows).toEqual([["Jane, Doe", "https://www.linkedin.com/in/jane-doe/"]]);
  });

  it("takes the first non-blank line as the header row", () => {
    expect(parseCsvText("\n\nName,URL\nJane,x").headers).toEqual(["Name", "URL"]);
  });

  it("trims headers and makes empty and repeated ones unique", () => {
    expect(parseCsvText(" Email ,, Email,email,Column 2\nx").headers).toEqual(["Email", "Column 2", "Email (2)", "email (3)", "Column 2 (2)"]);
    expect(uniqueHeaders(["", "", "Name", "name"])).toEqual(["Column 1", "Column 2", "Name", "name (2)"]);
    expect(uniqueHeaders(["Email", "Email", "Email (2)", "email", "Email"])).toEqual(["Email", "Email (2)", "Email (2) (2)", "email (3)", "Email (4)"]);
    const repeated = uniqueHeaders(Array.from({ length: MAX_COLUMNS }, () => "Email"));
    expect(new Set(repeated.map((name) => name.toLowerCase())).size).toBe(MAX_COLUMNS);
    expect(repeated.at(-1)).toBe(`Email (${MAX_COLUMNS})`);
  });

  it("refuses a first row wider than any list export, saying how wide it is", () => {
    expect(() => parseCsvText(`${"a,".repeat(MAX_COLUMNS)}a\nx`)).toThrow(`The first row has ${(MAX_COLUMNS + 1).toLocaleString("en")} columns`);
    expect(parseCsvText(`${"a,".repeat(MAX_COLUMNS - 1)}a\nx`).headers).toHaveLength(MAX_COLUMNS);
  });

  it("treats a first row of profile URLs or personIds as data, not a header", () => {
    const parsed = parseCsvText("https://www.linkedin.com/in/jane-doe/\nlinkedin.com/in/john-smith\n");
    expect(parsed.headers).toEqual(["Column 1"]);
    expect(parsed.rows).toEqual([["https://www.linkedin.com/in/jane-doe/"], ["linkedin.com/in/john-smith"]]);
    expect(parseCsvText("2751275603503088159,Jane\n").rows).toEqual([["2751275603503088159", "Jane"]]);
  });

  it("returns no headers and no rows for empty or blank text", () => {
    for (const text of ["", "\n\n", "\uFEFF", " , \r\n"]) {
      expect(parseCsvText(text)).toMatchObject({ headers: [], rows: [] });
    }
  });

  it("reports an unclosed quote against the row a spreadsheet shows it on", () => {
    const parsed = parseCsvText('name,url\nJane,x\n\nJohn,"https://www.linkedin.com/in/john\nAmy,y\n');
    expect(parsed.errors).toEqual([{ row: 4, message: expect.stringContaining("never closed") }]);
    expect(parsed.rows).toHaveLength(2);
    expect(parsed.rowNumbers).toEqual([2, 4]);
  });

  it("numbers rows as a spreadsheet does: header row 1, blank lines counted, a quoted line break inside its row", () => {
    const withHeader = parseCsvText('name,url\r\n\r\nJane,"line one\r\nline two"\r\n,,\r\nJohn,y\r\n');
    expect(withHeader.rows.map((row) => row[0])).toEqual(["Jane", "John"]);
    expect(withHeader.rowNumbers).toEqual([3, 5]);
    const bare = parseCsvText("https://www.linkedin.com/in/jane\n\nhttps://www.linkedin.com/in/john\n");
    expect(bare.rowNumbers).toEqual([1, 3]);
    // Excel's "sep=;" line is not a row it shows.
    expect(parseCsvText("sep=;\nname;url\nJane;x\n").rowNumbers).toEqual([2]);
  });

  it("reports progress that rises to 1", () => {
    const fractions: number[] = [];
    parseCsvText(`a,b\n${"x,y\n".repeat(300_000)}`, { onProgress: (fraction) => fractions.push(fraction) });
    expect(fractions.length).toBeGreaterThan(2);
    expect(fractions).toEqual([...fractions].sort((a, b) => a - b));
    expect(fractions.at(-1)).toBe(1);
  });
});

describe("parseCsvText: keeping only the columns a mapping reads", () => {
  const wide = (count: number, headerless = false) =>
    [...(headerless ? [] : ["Name,Notes,LinkedIn,City"]), ...Array.from({ length: count }, (_, i) => `P${i},"note, ${i}",linkedin.com/in/p-${i},Town ${i}`)].join("\n");

  it("keeps the header and 50 data rows whole, then only the chosen columns at their own indexes", () => {
    const seen: { headers: string[]; sample: string[][] }[] = [];
    const parsed = parseCsvText(wide(120), {
      keepColumns: (headers, sample) => {
        seen.push({ headers, sample });
        return [2, 0, 2];
      },
    });
    expect(seen).toHaveLength(1);
    expect(seen[0]?.headers).toEqual(["Name", "Notes", "LinkedIn", "City"]);
    expect(seen[0]?.sample).toHaveLength(SAMPLE_ROWS);
    expect(seen[0]?.sample[0]).toEqual(["P0", "note, 0", "linkedin.com/in/p-0", "Town 0"]);
    expect(parsed.keptColumns).toEqual([0, 2]);
    expect(parsed.rows).toHaveLength(120);
    expect(parsed.rows[SAMPLE_ROWS - 1]).toEqual(["P49", "note, 49", "linkedin.com/in/p-49", "Town 49"]);
    const narrowed = parsed.rows[SAMPLE_ROWS]!;
    expect([narrowed[0], narrowed[1], narrowed[2], narrowed[3]]).toEqual(["P50", undefined, "linkedin.com/in/p-50", undefined]);
    expect(parsed.rows.at(-1)?.[2]).toBe("linkedin.com/in/p-119");
  });

  it("treats a headerless file's first row as a sample row", () => {
    const parsed = parseCsvText(wide(60, true), { keepColumns: () => [2] });
    expect(parsed.headers).toEqual(["Column 1", "Column 2", "Column 3", "Column 4"]);
    expect(parsed.rows).toHaveLength(60);
    expect(parsed.rows[SAMPLE_ROWS]).toEqual(["P50", "note, 50", "linkedin.com/in/p-50", "Town 50"]);
    expect(parsed.rows[SAMPLE_ROWS + 1]?.[0]).toBeUndefined();
    expect(parsed.rows[SAMPLE_ROWS + 1]?.[2]).toBe("linkedin.com/in/p-51");
  });

  it("keeps every row whole in a file of 50 rows or fewer, or when every column is chosen", () => {
    expect(parseCsvText(wide(SAMPLE_ROWS), { keepColumns: () => [2] }).keptColumns).toBeNull();
    const all = parseCsvText(wide(80), { keepColumns: () => [0, 1, 2, 3] });
    expect(all.keptColumns).toBeNull();
    expect(all.rows.at(-1)).toEqual(["P79", "note, 79", "linkedin.com/in/p-79", "Town 79"]);
  });

  it("counts rows, blank lines and quote errors the same as a whole parse", () => {
    const text = `${wide(70)}\n\n,,,\nLast,"unclosed,linkedin.com/in/x,Town\n`;
    const whole = parseCsvText(text);
    const narrowed = parseCsvText(text, { keepColumns: () => [2] });
    expect({ ...narrowed, rows: narrowed.rows.length, keptColumns: null }).toEqual({ ...whole, rows: whole.rows.length });
    expect(narrowed.errors).toHaveLength(1);
  });

  it("stops reading past the row limit and throws the caller's error", () => {
    const tooMany = () => new Error("too many");
    const lines = (count: number) => `LinkedIn\n${Array.from({ length: count }, (_, i) => `linkedin.com/in/p-${i}`).join("\n")}\n\n`;
    expect(parseCsvText(lines(100), { maxRows: { rows: 100, tooMany } }).rows).toHaveLength(100);
    expect(() => parseCsvText(lines(101), { maxRows: { rows: 100, tooMany } })).toThrow("too many");
  });
});
