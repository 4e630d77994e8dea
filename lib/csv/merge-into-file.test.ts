import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { mergeIntoFile, MERGED_COLUMNS, type ListedPerson } from "./merge-into-file";
import { parseCsvText } from "./parse-csv";

const found = (row: number, linkedinUrl: string | null, best: string, personId: string | null = null): ListedPerson => ({
  row, linkedinUrl, personId, state: "found", best, type: "mobile", provider: "Clodura", all: `mobile ${best} (Clodura)`,
});
const notFound = (row: number, linkedinUrl: string): ListedPerson => ({ row, linkedinUrl, personId: null, state: "not found", best: "", type: "", provider: "", all: "" });

/** The merged file read back as a spreadsheet would: its header and rows. */
function readBack(parts: string[]): { text: string; headers: string[]; rows: string[][] } {
  const text = parts.join("");
  const parsed = parseCsvText(text);
  return { text, headers: parsed.headers, rows: parsed.rows };
}

const APOLLO = [
  "First Name;Last Name;Email;Person Linkedin Url;Notes",
  "Jane;Doe;jane@acme.example;http://www.linkedin.com/in/Jane-Doe/?trk=x;called once",
  "John;Roe;john@acme.example;https://www.linkedin.com/in/john-roe;",
  "Jane;Doe;jane.d@acme.example;linkedin.com/in/jane-doe;same person again",
  "Acme;;;https://www.linkedin.com/company/acme;a company page",
  "Nobody;;;;no profile",
].join("\r\n");

describe("mergeIntoFile", () => {
  it("writes each person's answer on their own row and keeps every other column, in the file's own delimiter", () => {
    const merged = mergeIntoFile(APOLLO, [found(2, "https://www.linkedin.com/in/jane-doe/", "+14155550134"), notFound(3, "https://www.linkedin.com/in/john-roe/")], "apollo.csv");
    const { text, headers, rows } = readBack(merged.parts);
    expect(text.startsWith("\uFEFFFirst Name;Last Name;Email;Person Linkedin Url;Notes;Reveal Desk state;")).toBe(true);
    expect(text).toContain("\r\n");
    expect(headers).toEqual(["First Name", "Last Name", "Email", "Person Linkedin Url", "Notes", ...MERGED_COLUMNS]);
    // The number gets the spreadsheet guard, as Export CSV's does: Excel would otherwise read it as a sum without its +.
    expect(rows[0]).toEqual(["Jane", "Doe", "jane@acme.example", "http://www.linkedin.com/in/Jane-Doe/?trk=x", "called once", "found", "'+14155550134", "mobile", "Clodura", "mobile +14155550134 (Clodura)"]);
    expect(rows[1]).toEqual(["John", "Roe", "john@acme.example", "https://www.linkedin.com/in/john-roe", "", "not found", "", "", "", ""]);
    expect(merged).toMatchObject({ rows: 5, withResults: 2, heldBack: 0 });
  });

  it("gives a repeated person the first row's answer and says why other rows were not sent", () => {
    const merged = mergeIntoFile(APOLLO, [found(2, "https://www.linkedin.com/in/jane-doe/", "+14155550134"), notFound(3, "https://www.linkedin.com/in/john-roe/")], "apollo.csv");
    const { rows } = readBack(merged.parts);
    expect(rows[2]?.slice(5, 7)).toEqual(["found (same person as row 2)", "'+14155550134"]);
    expect(rows[3]?.[5]).toMatch(/^not sent: .*company/i);
    expect(rows[4]?.slice(5)).toEqual(["not sent: This row has no LinkedIn URL or personId: fill one in, or leave the row out.", "", "", "", ""]);
  });

  it("writes no number on a row whose name is someone else's, its LinkedIn URL being that person's", () => {
    const alice = { ...found(2, "https://www.linkedin.com/in/jane-doe/", "+14155550134"), name: "Alice Morgan" };
    const merged = mergeIntoFile(APOLLO, [alice, { ...notFound(3, "https://www.linkedin.com/in/john-roe/"), name: "John Roe" }], "apollo.csv");
    const { rows } = readBack(merged.parts);
    expect(rows[0]?.slice(5)).toEqual(["not written: this LinkedIn URL is Alice Morgan's, not Jane Doe's. Check the URL; the numbers are on the batch page", "", "", "", ""]);
    // Its repeat, under the same wrong name, gets no number either; a name Reveal Desk shares a word with keeps its answer.
    expect(rows[2]?.[6]).toBe("");
    expect(rows[1]?.[5]).toBe("not found");
    expect(merged).toMatchObject({ withResults: 0, heldBack: 2 });
    // A person found without a number under someone else's name lost no number to the check: not counted.
    const noNumber = mergeIntoFile(APOLLO, [{ ...notFound(2, "https://www.linkedin.com/in/jane-doe/"), name: "Alice Morgan" }], "apollo.csv");
    expect(noNumber.heldBack).toBe(0);
    const sameName = mergeIntoFile(APOLLO, [{ ...alice, name: "Jane Doe-Smith" }], "apollo.csv");
    expect(readBack(sameName.parts).rows[0]?.[6]).toBe("'+14155550134");
  });

  it("writes the best number plain for a CRM import, every other cell still guarded", () => {
    const merged = mergeIntoFile(APOLLO, [found(2, "https://www.linkedin.com/in/jane-doe/", "+14155550134")], "apollo.csv", undefined, "crm");
    const { rows } = readBack(merged.parts);
    expect(rows[0]?.slice(5, 7)).toEqual(["found", "+14155550134"]);
    expect(rows[2]?.slice(5, 7)).toEqual(["found (same person as row 2)", "+14155550134"]);
    expect(rows[0]?.[9]).toBe("mobile +14155550134 (Clodura)");
  });

  it("gives a CRM import the rep's own phone numbers and negative numbers as the file had them, and still guards their formulas", () => {
    const text = "Name,Phone,Office,Score,Notes,LinkedIn\r\nJane,+442079460958,+44 20 7946 0958,-5,- call back,https://www.linkedin.com/in/jane-doe\r\nJo,=cmd|' /C calc'!A0,+1+cmd,-1+2,@SUM(1),https://www.linkedin.com/in/jo-roe\r\n";
    const people = [found(2, "https://www.linkedin.com/in/jane-doe/", "+14155550134")];
    const crm = readBack(mergeIntoFile(text, people, "hubspot.csv", undefined, "crm").parts).rows;
    expect(crm[0]?.slice(0, 5)).toEqual(["Jane", "+442079460958", "+44 20 7946 0958", "-5", "'- call back"]);
    expect(crm[1]?.slice(0, 5)).toEqual(["Jo", "'=cmd|' /C calc'!A0", "'+1+cmd", "'-1+2", "'@SUM(1)"]);
    // The spreadsheet's copy keeps the guard on a phone number (Excel would drop its +), not on a negative number.
    const sheet = readBack(mergeIntoFile(text, people, "hubspot.csv").parts).rows;
    expect(sheet[0]?.slice(0, 5)).toEqual(["Jane", "'+442079460958", "'+44 20 7946 0958", "-5", "'- call back"]);
  });

  it("keeps a CRM import's rows whole when the rep's phone cell holds a line break or a tab (quoted, as any other cell)", () => {
    const csv = 'Name,Phone,Notes,LinkedIn\r\nJane,"+1 415 555 0134\r\n(415) 555 0199",vip,https://www.linkedin.com/in/jane-doe\r\nJohn,+1 212 555 0100,other,\r\n';
    const people = [found(2, "https://www.linkedin.com/in/jane-doe/", "+14155550134")];
    const rows = readBack(mergeIntoFile(csv, people, "list.csv", undefined, "crm").parts).rows;
    expect(rows.map((row) => row.slice(0, 4))).toEqual([
      ["Jane", "'+1 415 555 0134\r\n(415) 555 0199", "vip", "https://www.linkedin.com/in/jane-doe"],
      ["John", "+1 212 555 0100", "other", ""],
    ]);
    const tsv = 'Name\tPhone\tNotes\tLinkedIn\r\nJane\t"+1\t415 555 0134"\tvip\thttps://www.linkedin.com/in/jane-doe\r\n';
    expect(readBack(mergeIntoFile(tsv, people, "list.tsv", undefined, "crm").parts).rows[0]?.slice(0, 4)).toEqual(["Jane", "'+1\t415 555 0134", "vip", "https://www.linkedin.com/in/jane-doe"]);
  });

  it("finds a person named by personId, and rows after a quoted line break by their spreadsheet row", () => {
    const text = 'Name,Notes,personId\r\nAda,"two\r\nlines",2751275603503088159\r\nBo,,1234567\r\n';
    const merged = mergeIntoFile(text, [found(3, null, "+442079460958", "1234567")], "ids.csv");
    const { rows } = readBack(merged.parts);
    expect(rows[0]?.slice(0, 4)).toEqual(["Ada", "two\r\nlines", "2751275603503088159", "not in this list"]);
    expect(rows[1]?.slice(3, 5)).toEqual(["found", "'+442079460958"]);
  });

  it("refuses a file that is not the one uploaded, so no number is written beside someone else", () => {
    const sorted = APOLLO.split("\r\n");
    const resorted = [sorted[0], sorted[2], sorted[1], ...sorted.slice(3)].join("\r\n");
    const people = [found(2, "https://www.linkedin.com/in/jane-doe/", "+14155550134")];
    expect(() => mergeIntoFile(resorted, people, "apollo.csv")).toThrow(AppError);
    expect(() => mergeIntoFile(resorted, people, "apollo.csv")).toThrow("This is not the file this list was uploaded from (its row 2 does not name linkedin.com/in/jane-doe/): choose apollo.csv, unchanged since the upload.");
    expect(() => mergeIntoFile("LinkedIn\nlinkedin.com/in/jane-doe", [found(40, "https://www.linkedin.com/in/x/", "+14155550134")], "apollo.csv")).toThrow(
      "(it has no row 40, where linkedin.com/in/x/ was)",
    );
  });

  it("neutralises formulas in the file's own cells and keeps a ragged row's extra cells before the added columns", () => {
    const text = "LinkedIn,Name\nlinkedin.com/in/jane-doe,=HYPERLINK(\"http://evil.example\")\nlinkedin.com/in/john-roe,John,extra cell\n";
    const merged = mergeIntoFile(text, [found(2, "https://www.linkedin.com/in/jane-doe/", "+14155550134")], "list.csv");
    const { headers, rows } = readBack(merged.parts);
    expect(headers).toEqual(["LinkedIn", "Name", "Column 3", ...MERGED_COLUMNS]);
    expect(rows[0]?.[1]).toBe("'=HYPERLINK(\"http://evil.example\")");
    expect(rows[0]?.[2]).toBe("");
    expect(rows[1]?.slice(0, 4)).toEqual(["linkedin.com/in/john-roe", "John", "extra cell", "not in this list"]);
  });

  it("judges the rows not sent on the columns the people were found in, not on a company URL or a record id beside them", () => {
    const text = [
      "Person Linkedin Url,Company Linkedin Url,Record ID",
      "linkedin.com/in/jane-doe,https://www.linkedin.com/company/acme,9001234567",
      "linkedin.com/in/john-roe,https://www.linkedin.com/company/acme,9001234568",
      ",https://www.linkedin.com/company/acme,9001234569",
    ].join("\n");
    // A list sent again holds only some of the file's people: John was in the first list, not in this one.
    const { rows } = readBack(mergeIntoFile(text, [found(2, "https://www.linkedin.com/in/jane-doe/", "+14155550134")], "apollo.csv").parts);
    expect(rows[1]?.[3]).toBe("not in this list");
    expect(rows[2]?.[3]).toBe("not sent: This row has no LinkedIn URL or personId: fill one in, or leave the row out.");
  });

  it("writes the header row as the file wrote it, and Excel's sep= line back", () => {
    const text = "sep=;\r\nEmail;Email; LinkedIn ;\r\na@x.example;b@x.example;linkedin.com/in/jane-doe;\r\n";
    const merged = mergeIntoFile(text, [found(2, "https://www.linkedin.com/in/jane-doe/", "+14155550134")], "list.csv");
    expect(merged.parts[0]).toBe(`\uFEFFsep=;\r\nEmail;Email; LinkedIn ;;${MERGED_COLUMNS.join(";")}\r\n`);
    expect(merged.parts[1]).toBe("a@x.example;b@x.example;linkedin.com/in/jane-doe;;found;'+14155550134;mobile;Clodura;mobile +14155550134 (Clodura)\r\n");
  });

  it("quotes a cell holding the delimiter of a tab-separated file", () => {
    const merged = mergeIntoFile("LinkedIn\tNote\nlinkedin.com/in/jane-doe\ta\u00a0b\n", [found(2, "https://www.linkedin.com/in/jane-doe/", "+14155550134")], "list.tsv");
    expect(merged.parts[1]).toBe("linkedin.com/in/jane-doe\ta\u00a0b\tfound\t'+14155550134\tmobile\tClodura\tmobile +14155550134 (Clodura)\r\n");
    const tabbed = mergeIntoFile("LinkedIn\tNote\nlinkedin.com/in/jane-doe\tx\n", [{ ...found(2, "https://www.linkedin.com/in/jane-doe/", ""), all: "a\tb" }], "list.tsv");
    expect(tabbed.parts[1]).toContain('\t"a\tb"\r\n');
  });
});

describe("mergeIntoFile's progress", () => {
  it("reports reading the file as the first half and writing it as the second, ending at 1", () => {
    const text = `LinkedIn\n${Array.from({ length: 5_000 }, (_, i) => `linkedin.com/in/p-${i}`).join("\n")}`;
    const reported: number[] = [];
    mergeIntoFile(text, [], "list.csv", (fraction) => reported.push(fraction));
    expect(reported.some((fraction) => fraction > 0 && fraction <= 0.5)).toBe(true);
    expect(reported.some((fraction) => fraction > 0.5 && fraction < 1)).toBe(true);
    expect(reported.at(-1)).toBe(1);
    expect([...reported].sort((a, b) => a - b)).toEqual(reported);
  });
});
