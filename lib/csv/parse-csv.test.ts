import { describe, expect, it } from "vitest";
import { readFixture } from "@/tests/fixtures/csv/read-fixture";
import { MAX_COLUMNS, parseCsvText, uniqueHeaders } from "./parse-csv";

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

  it("pads short rows, keeps long rows whole, and skips whitespace-only lines", () => {
    const parsed = parseCsvText("a,b,c\n1\n\n  \n,,\n1,2,3,4\n");
    expect(parsed.rows).toEqual([["1", "", ""], ["1", "2", "3", "4"]]);
    expect(parsed.skippedBlankLines).toBe(3);
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

  it("reports an unclosed quote against its data row", () => {
    const parsed = parseCsvText('name,url\nJane,x\n\nJohn,"https://www.linkedin.com/in/john\nAmy,y\n');
    expect(parsed.errors).toEqual([{ row: 2, message: expect.stringContaining("never closed") }]);
    expect(parsed.rows).toHaveLength(2);
  });

  it("reports progress that rises to 1", () => {
    const fractions: number[] = [];
    parseCsvText(`a,b\n${"x,y\n".repeat(300_000)}`, (fraction) => fractions.push(fraction));
    expect(fractions.length).toBeGreaterThan(2);
    expect(fractions).toEqual([...fractions].sort((a, b) => a - b));
    expect(fractions.at(-1)).toBe(1);
  });
});
