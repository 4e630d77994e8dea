import { describe, expect, it } from "vitest";
import { readFixture } from "@/tests/fixtures/csv/read-fixture";
import { detectColumns } from "./detect-columns";
import { parseCsvText } from "./parse-csv";
import type { ColumnMapping, ParsedCsv, ValidatedRow } from "./types";
import { validateCsvRows } from "./validate-rows";

const JANE = "https://www.linkedin.com/in/jane-doe/";
const PID = "2751275603503088159";
const MAPPING: ColumnMapping = { linkedinUrl: 0, personId: 1, firstName: 2, lastName: 3, fullName: null, company: 4 };

function csv(rows: string[][]): ParsedCsv {
  return { headers: ["LinkedIn", "Person ID", "First", "Last", "Company"], rows, rowNumbers: rows.map((_, index) => index + 1), keptColumns: null, delimiter: ",", skippedBlankLines: 0, errors: [] };
}

function validateFixture(name: string): ValidatedRow[] {
  const parsed = parseCsvText(readFixture(name));
  return validateCsvRows(parsed, detectColumns(parsed.headers, parsed.rows));
}

const summary = (rows: ValidatedRow[]) => rows.map((row) => [row.row, row.status, row.key ?? null]);

describe("validateCsvRows", () => {
  it("normalises a valid row and carries the person's details", () => {
    const [row] = validateCsvRows(csv([[" https://uk.linkedin.com/in/Jane-Doe?trk=x ", "", " Jane ", "Doe", "Acme"]]), MAPPING);
    expect(row).toEqual({
      row: 1, status: "ok", key: `li:${JANE}`, linkedinUrl: JANE, personId: null,
      firstName: "Jane", lastName: "Doe", company: "Acme", input: "https://uk.linkedin.com/in/Jane-Doe?trk=x",
    });
  });

  it("refuses a mapping that reads a column the rows were parsed without, rather than report it blank", () => {
    const narrowed: ParsedCsv = { ...csv([[JANE, PID, "Jane", "Doe", "Acme"]]), keptColumns: [0, 1] };
    expect(validateCsvRows(narrowed, { ...MAPPING, firstName: null, lastName: null, company: null })[0]).toMatchObject({ status: "ok", personId: PID });
    expect(() => validateCsvRows(narrowed, MAPPING)).toThrow(/parsed without/);
  });

  it("prefers a valid LinkedIn URL, keeps a valid personId beside it, and falls back to the personId", () => {
    const other = "2751275603503088160";
    const rows = validateCsvRows(csv([[JANE, PID], ["https://www.linkedin.com/sales/lead/ACwAAA1,NAME_SEARCH,x", other], ["", other]]), MAPPING);
    expect(rows.map((row) => [row.status, row.key, row.linkedinUrl, row.personId, row.input])).toEqual([
      ["ok", `li:${JANE}`, JANE, PID, JANE],
      ["ok", `pid:${other}`, null, other, other],
      ["duplicate", `pid:${other}`, null, other, other],
    ]);
  });

  it("counts a personId once whether it came beside a URL or alone, as the batch will", () => {
    const john = "https://www.linkedin.com/in/john-smith/";
    const rows = validateCsvRows(csv([[JANE, PID], ["", PID], [john, PID], ["", "2751275603503088160"], [john, "2751275603503088160"]]), MAPPING);
    expect(summary(rows)).toEqual([
      [1, "ok", `li:${JANE}`],
      [2, "duplicate", `pid:${PID}`],
      [3, "duplicate", `li:${john}`],
      [4, "ok", "pid:2751275603503088160"],
      [5, "duplicate", `li:${john}`],
    ]);
    expect(rows.map((row) => row.duplicateOfRow ?? null)).toEqual([null, 1, 1, null, 4]);
    expect(rows[1]?.reason).toBe("Same personId as row 1: they are revealed once.");
  });

  it("explains unsupported cells, using the URL's reason when neither cell is usable", () => {
    const rows = validateCsvRows(csv([["https://www.linkedin.com/sales/lead/ACwAAA1,NAME_SEARCH,x", "12"], ["", "2.75128E+18"], ["Jane Doe", ""]]), MAPPING);
    expect(rows.map((row) => [row.status, row.input])).toEqual([
      ["unsupported", "https://www.linkedin.com/sales/lead/ACwAAA1,NAME_SEARCH,x"],
      ["unsupported", "2.75128E+18"],
      ["unsupported", "Jane Doe"],
    ]);
    expect(rows[0]?.reason).toMatch(/Sales Navigator/);
    expect(rows[1]?.reason).toMatch(/Excel has rounded this personId.*format the column as Text/);
    expect(rows.every((row) => row.key === undefined && row.linkedinUrl === null)).toBe(true);
  });

  it("refuses a personId Excel has rounded to 15 digits and zeros, and reveals the row by its URL when it has one", () => {
    const rows = validateCsvRows(csv([["", "2751275603503080000"], [JANE, "2751275603503080000"], ["", "275127560350308000"], ["", "2751275603503088000"]]), MAPPING);
    expect(rows.map((row) => [row.status, row.key ?? null])).toEqual([
      ["unsupported", null],
      ["ok", expect.stringMatching(/^li:.*jane-doe/)],
      ["unsupported", null],
      // Zeros from the 16th digit only: three at the end of a 19-digit id are its own.
      ["ok", "pid:2751275603503088000"],
    ]);
    expect(rows[0]?.reason).toMatch(/^This personId ends in zeros after its 15th digit, as Excel writes an id it has rounded.*paste it on the Reveal page\.$/);
    // Beside a URL the rounded id is not used: the row goes by its URL alone, not as somebody else's id.
    expect(rows[1]).toMatchObject({ personId: null, linkedinUrl: expect.stringContaining("linkedin.com/in/") });
  });

  it("marks rows with neither cell as empty", () => {
    const [row] = validateCsvRows(csv([["  ", "", "Jane", "", ""]]), MAPPING);
    expect(row).toMatchObject({ row: 1, status: "empty", input: "", firstName: "Jane", reason: expect.stringMatching(/no LinkedIn URL or personId/) });
  });

  it("points each repeat of a person at the first row they appeared on", () => {
    const rows = validateCsvRows(csv([[JANE], ["linkedin.com/in/jane-doe"], ["https://www.linkedin.com/in/john-smith"], ["https://de.linkedin.com/in/JANE-DOE/"]]), MAPPING);
    expect(summary(rows)).toEqual([[1, "ok", `li:${JANE}`], [2, "duplicate", `li:${JANE}`], [3, "ok", "li:https://www.linkedin.com/in/john-smith/"], [4, "duplicate", `li:${JANE}`]]);
    expect(rows[3]).toMatchObject({ duplicateOfRow: 1, reason: "Same person as row 1: they are revealed once." });
  });

  it("splits a full-name column only when there are no first/last name columns", () => {
    const mapping: ColumnMapping = { ...MAPPING, firstName: null, lastName: null, fullName: 2 };
    const [row, lone] = validateCsvRows(csv([[JANE, "", "Mary Jane  van Doe"], ["linkedin.com/in/cher", "", "Cher"]]), mapping);
    expect([row?.firstName, row?.lastName, lone?.firstName, lone?.lastName]).toEqual(["Mary", "Jane van Doe", "Cher", null]);
  });

  it("reads a full name written last name first, with a comma", () => {
    const mapping: ColumnMapping = { ...MAPPING, firstName: null, lastName: null, fullName: 2 };
    const [row, odd] = validateCsvRows(csv([[JANE, "", "van Doe, Mary Jane"], ["linkedin.com/in/jr", "", "Doe, John, Jr."]]), mapping);
    expect([row?.firstName, row?.lastName]).toEqual(["Mary Jane", "van Doe"]);
    // More than one comma is not that form: split as written.
    expect([odd?.firstName, odd?.lastName]).toEqual(["Doe,", "John, Jr."]);
  });

  it("says so when a row repeats the header (two exports joined into one file)", () => {
    const parsed = { ...csv([[JANE, PID], ["LinkedIn URL", "personId"]]), headers: ["LinkedIn URL", "personId", "First", "Last", "Company"] };
    const [, repeated] = validateCsvRows(parsed, MAPPING);
    expect(repeated).toMatchObject({ status: "unsupported", reason: "This row repeats the header row (were two files joined?): it is left out." });
    const withNames = { ...csv([["LinkedIn URL", "", "First", "Last", "Company"]]), headers: parsed.headers };
    expect(validateCsvRows(withNames, MAPPING)[0]?.reason).toMatch(/^This row repeats the header row/);
  });

  it("reads a personId our spreadsheet export quoted, and shows it without the quote", () => {
    const [row] = validateCsvRows(csv([["", "'2751275603503088159", "Ana", "Lopez", "Globex"]]), MAPPING);
    expect(row).toMatchObject({ status: "ok", personId: "2751275603503088159", input: "2751275603503088159" });
  });

  it("does not take a person whose URL cell reads as the header for a repeated header row", () => {
    const parsed = { ...csv([["linkedin", "", "Ana", "Lopez", "Globex"]]), headers: ["LinkedIn", "personId", "First", "Last", "Company"] };
    const [row] = validateCsvRows(parsed, MAPPING);
    expect(row?.status).toBe("unsupported");
    expect(row?.reason).not.toMatch(/header/);
    expect(row).toMatchObject({ firstName: "Ana", company: "Globex" });
  });

  it("marks every row empty when no identity column was found", () => {
    const none: ColumnMapping = { ...MAPPING, linkedinUrl: null, personId: null };
    expect(validateCsvRows(csv([[JANE, PID]]), none).map((row) => row.status)).toEqual(["empty"]);
  });
});

describe("validateCsvRows: fixtures", () => {
  it("Sales Navigator: lead URLs refused with advice, /in/ URLs normalised, the repeat caught", () => {
    const rows = validateFixture("sales-navigator-export.csv");
    expect(rows.map((row) => row.status)).toEqual(["ok", "unsupported", "ok", "unsupported", "ok", "duplicate", "unsupported", "ok"]);
    expect(rows[1]?.reason).toMatch(/View LinkedIn profile/);
    // Rows as a spreadsheet numbers them: the header is row 1, so Jane's first line is row 2.
    expect(rows[5]).toMatchObject({ row: 7, duplicateOfRow: 2, key: "li:https://www.linkedin.com/in/jane-doe-4a1b2c3d/" });
    expect(rows[2]).toMatchObject({ linkedinUrl: "https://www.linkedin.com/in/priya-natarajan/", firstName: "Priya", company: "Globex" });
  });

  it("Apollo: the row without a profile URL is empty", () => {
    expect(validateFixture("apollo-export.csv").map((row) => row.status)).toEqual(["ok", "ok", "ok", "empty", "ok"]);
  });

  it("HubSpot: short links, company pages, blanks and case-only repeats", () => {
    const rows = validateFixture("hubspot-export.csv");
    expect(summary(rows)).toEqual([
      [2, "ok", "li:https://www.linkedin.com/in/grace-hopper-navy/"],
      [3, "ok", "li:https://www.linkedin.com/in/alan-turing/"],
      [4, "unsupported", null],
      [5, "empty", null],
      [6, "unsupported", null],
      [7, "duplicate", "li:https://www.linkedin.com/in/grace-hopper-navy/"],
    ]);
  });

  it("Excel semicolon file: accented slugs and names survive", () => {
    const rows = validateFixture("excel-semicolon.csv");
    expect(rows.map((row) => row.status)).toEqual(["ok", "ok", "ok", "ok", "ok"]);
    expect(rows[0]).toMatchObject({ linkedinUrl: "https://www.linkedin.com/in/j%C3%BCrgen-m%C3%BCller/", firstName: "Jürgen", lastName: "Müller", company: "Bäckerei Müller GmbH" });
    expect(rows[3]).toMatchObject({ firstName: "Zoë", company: null });
  });

  it("no LinkedIn header: found from contents, names split from the Contact column", () => {
    const rows = validateFixture("no-linkedin-header.csv");
    expect(rows.map((row) => row.status)).toEqual(["ok", "ok", "unsupported", "ok", "ok"]);
    expect(rows[1]).toMatchObject({ firstName: "John", lastName: "Smith", linkedinUrl: "https://www.linkedin.com/in/john-smith/" });
  });

  it("a column mixing profile URLs and personIds is found, and each id row keeps its personId", () => {
    const parsed = parseCsvText("https://www.linkedin.com/in/mixed-a\n2751275603503088299\nhttps://www.linkedin.com/in/mixed-b\n2751275603503088298\n");
    const mapping = detectColumns(parsed.headers, parsed.rows);
    expect(mapping.linkedinUrl).toBe(0);
    expect(validateCsvRows(parsed, mapping).map((row) => [row.row, row.status, row.linkedinUrl ?? null, row.personId ?? null])).toEqual([
      [1, "ok", "https://www.linkedin.com/in/mixed-a/", null],
      [2, "ok", null, "2751275603503088299"],
      [3, "ok", "https://www.linkedin.com/in/mixed-b/", null],
      [4, "ok", null, "2751275603503088298"],
    ]);
  });

  it("personIds: 19-digit ids stay exact, leading zeros kept, Excel-rounded ids explained", () => {
    const rows = validateFixture("personids.csv");
    expect(summary(rows)).toEqual([
      [2, "ok", "pid:2751275603503088159"],
      [3, "ok", "pid:2751275603503088160"],
      [4, "ok", "pid:0000001234567890123"],
      [5, "duplicate", "pid:2751275603503088159"],
      [6, "unsupported", null],
      [7, "ok", "pid:9223372036854775807"],
    ]);
    expect(rows[3]?.duplicateOfRow).toBe(2);
  });
});
