import { describe, expect, it } from "vitest";
import { readFixture } from "@/tests/fixtures/csv/read-fixture";
import { detectColumns } from "./detect-columns";
import { parseCsvText } from "./parse-csv";
import type { ColumnMapping } from "./types";

const NONE: ColumnMapping = { linkedinUrl: null, personId: null, firstName: null, lastName: null, fullName: null, company: null };

function detectFixture(name: string): ColumnMapping {
  const parsed = parseCsvText(readFixture(name));
  return detectColumns(parsed.headers, parsed.rows);
}

describe("detectColumns: fixtures", () => {
  it.each<[string, Partial<ColumnMapping>]>([
    ["sales-navigator-export.csv", { linkedinUrl: 5, firstName: 0, lastName: 1, company: 3 }],
    ["apollo-export.csv", { linkedinUrl: 9, firstName: 0, lastName: 1, company: 3 }],
    ["hubspot-export.csv", { linkedinUrl: 4, firstName: 1, lastName: 2, company: 5 }],
    ["excel-semicolon.csv", { linkedinUrl: 2, firstName: 1, lastName: 0, company: 3 }],
    ["no-linkedin-header.csv", { linkedinUrl: 1, fullName: 0 }],
    ["personids.csv", { personId: 0, fullName: 1, company: 2 }],
  ])("%s", (name, expected) => {
    expect(detectFixture(name)).toEqual({ ...NONE, ...expected });
  });
});

describe("detectColumns: LinkedIn column", () => {
  it.each([
    "LinkedIn URL", "Person Linkedin Url", "linkedin_profile", "LinkedIn Profile", "LinkedIn", "Linkedin Profile URL",
    "profile_url", "LinkedIn Public URL", "li_url", "Linkedin Bio", "Profile URL", "LINKEDIN-URL", " linkedIn  profile url ",
    "linkedinProfileUrl", "defaultProfileUrl",
  ])("recognises the header %j whatever the cells hold", (header) => {
    expect(detectColumns(["Name", header], [["Jane", ""]]).linkedinUrl).toBe(1);
  });

  it("ignores the company LinkedIn column next to the person's", () => {
    const headers = ["Company Linkedin Url", "Name", "Person Linkedin Url"];
    const rows = [["https://www.linkedin.com/company/acme", "Jane", "https://www.linkedin.com/in/jane-doe"]];
    expect(detectColumns(headers, rows).linkedinUrl).toBe(2);
    expect(detectColumns(["Company Linkedin Url", "Notes"], [[rows[0]![0]!, ""]]).linkedinUrl).toBeNull();
  });

  it("prefers the public profile column when a file also has Sales Navigator URLs", () => {
    const headers = ["Profile URL", "LinkedIn Profile URL"];
    const rows = [
      ["https://www.linkedin.com/sales/lead/ACwAAA1,NAME_SEARCH,x", "https://www.linkedin.com/in/jane-doe"],
      ["https://www.linkedin.com/sales/lead/ACwAAA2,NAME_SEARCH,y", "https://www.linkedin.com/in/john-smith"],
    ];
    expect(detectColumns(headers, rows).linkedinUrl).toBe(1);
    expect(detectColumns(headers.toReversed(), rows.map((row) => row.toReversed())).linkedinUrl).toBe(0);
  });

  it("prefers public profiles under a header it does not know to Sales Navigator links under one it knows", () => {
    const headers = ["Nombre", "Sales Navigator URL", "Perfil público"];
    const rows = [
      ["Ana", "https://www.linkedin.com/sales/lead/ACwAAA1,NAME_SEARCH,x", "https://www.linkedin.com/in/ana-garcia"],
      ["Luis", "https://www.linkedin.com/sales/lead/ACwAAA2,NAME_SEARCH,y", "https://www.linkedin.com/in/luis-perez"],
    ];
    expect(detectColumns(headers, rows).linkedinUrl).toBe(2);
    // With no public profiles anywhere, the named column is still the guess (its rows then say why they cannot go).
    expect(detectColumns(headers, rows.map(([name, lead]) => [name!, lead!, ""])).linkedinUrl).toBe(1);
  });

  it("finds an unnamed column from its contents when most sampled cells are LinkedIn links", () => {
    const rows = [
      ["Jane", "https://www.linkedin.com/in/jane-doe", "see linkedin.com/in/jane-doe"],
      ["John", "linkedin.com/in/john-smith", ""],
      ["Amy", "https://amy.example.com", "n/a"],
    ];
    expect(detectColumns(["Who", "Link", "Notes"], rows).linkedinUrl).toBe(1);
    expect(detectColumns(["Who", "Link"], [["Jane", "https://jane.example.com"], ["John", "linkedin.com/in/john"], ["Amy", "x"]]).linkedinUrl).toBeNull();
  });

  it("uses contents when the named column is empty in the sample", () => {
    expect(detectColumns(["LinkedIn", "URL"], [["", "https://www.linkedin.com/in/jane-doe"]]).linkedinUrl).toBe(1);
    expect(detectColumns(["LinkedIn", "URL"], [["", "https://jane.example.com"]]).linkedinUrl).toBe(0);
  });

  it("of two columns full of profiles, takes the one naming different people, not the contact owner's on every row", () => {
    const people = ["ana-lopez", "david-kim", "kelly-ng", "omar-diaz"];
    const rows = people.map((slug, i) => [slug, `Company ${i}`, "https://www.linkedin.com/in/sam-owner/", `https://www.linkedin.com/in/${slug}/`]);
    expect(detectColumns(["Name", "Org", "Link A", "Link B"], rows)).toMatchObject({ linkedinUrl: 3, company: 1 });
    // Under known headers too: "LinkedIn URL" is the better name, but "Profile URL" names the people.
    expect(detectColumns(["Name", "Org", "LinkedIn URL", "Profile URL"], rows).linkedinUrl).toBe(3);
  });

  it("samples at most 50 non-empty cells per column", () => {
    const rows = [...Array.from({ length: 50 }, () => ["https://www.linkedin.com/in/x"]), ...Array.from({ length: 200 }, () => ["other"])];
    expect(detectColumns(["Column 1"], rows).linkedinUrl).toBe(0);
  });
});

describe("detectColumns: personId, names and company", () => {
  it.each(["personId", "Person ID", "person_id", "clodura_id", "Clodura Person Id"])("recognises the personId header %j", (header) => {
    expect(detectColumns(["Name", header], [["Jane", "2751275603503088159"]]).personId).toBe(1);
  });

  it("finds a personId column from 15–20 digit values but not from shorter ids or phone numbers", () => {
    const rows = [["51234567801", "14155550134", "2751275603503088159"], ["51234567802", "+14155550135", "275127560350308816"]];
    expect(detectColumns(["Record ID", "Phone", "Ids"], rows).personId).toBe(2);
    expect(detectColumns(["Record ID", "Phone"], rows.map((row) => row.slice(0, 2))).personId).toBeNull();
  });

  it("does not guess a personId column from long numbers when a column holds LinkedIn URLs: another id (a Twitter ID) would be sent instead of the URL", () => {
    const rows = [["https://www.linkedin.com/in/jane-doe", "1234567890123456789"], ["https://www.linkedin.com/in/john-roe", "1234567890123456790"]];
    expect(detectColumns(["Profile", "Twitter ID"], rows)).toMatchObject({ linkedinUrl: 0, personId: null });
    // Named as a personId, it is taken beside the URLs (for the rows without one).
    expect(detectColumns(["Profile", "personId"], rows)).toMatchObject({ linkedinUrl: 0, personId: 1 });
  });

  it.each<[string[], Partial<ColumnMapping>]>([
    [["First Name", "Last Name", "Company"], { firstName: 0, lastName: 1, company: 2 }],
    [["first_name", "surname", "Company Name"], { firstName: 0, lastName: 1, company: 2 }],
    [["Given name", "Family name", "Organization"], { firstName: 0, lastName: 1, company: 2 }],
    [["Account Name", "Full Name"], { company: 0, fullName: 1 }],
    [["Name", "Company", "Company Name"], { fullName: 0, company: 1 }],
    [["Vorname", "Nachname", "Firma"], { firstName: 0, lastName: 1, company: 2 }],
  ])("maps %j", (headers, expected) => {
    expect(detectColumns(headers, [])).toEqual({ ...NONE, ...expected });
  });

  it("never gives one column two roles", () => {
    expect(detectColumns(["LinkedIn"], [["2751275603503088159"]])).toEqual({ ...NONE, linkedinUrl: 0 });
  });
});
