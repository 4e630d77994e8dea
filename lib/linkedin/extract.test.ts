import { describe, it, expect } from "vitest";
import { parsePastedProfiles } from "./extract";

const JANE = "https://www.linkedin.com/in/jane-doe/";
const JOHN = "https://www.linkedin.com/in/john-smith/";

describe("parsePastedProfiles", () => {
  it("splits newlines, commas, semicolons, tabs and spaces", () => {
    const entries = parsePastedProfiles(
      `linkedin.com/in/jane-doe, https://uk.linkedin.com/in/john-smith;2751275603503088159\n\nwww.linkedin.com/in/amy-lee\thttps://www.linkedin.com/in/bob-ray  https://www.linkedin.com/in/cy-li`,
    );
    expect(entries.map((e) => [e.line, e.status, e.status === "ok" ? e.key : null])).toEqual([
      [1, "ok", `li:${JANE}`],
      [1, "ok", `li:${JOHN}`],
      [1, "ok", "pid:2751275603503088159"],
      [3, "ok", "li:https://www.linkedin.com/in/amy-lee/"],
      [3, "ok", "li:https://www.linkedin.com/in/bob-ray/"],
      [3, "ok", "li:https://www.linkedin.com/in/cy-li/"],
    ]);
  });

  it("pulls URLs out of prose, angle brackets and markdown links", () => {
    const entries = parsePastedProfiles(
      [
        "Check out https://linkedin.com/in/jane-doe, she's great!",
        "<https://www.linkedin.com/in/john-smith/>",
        "[Amy](https://www.linkedin.com/in/amy-lee?trk=x).",
        "(see linkedin.com/in/bob-ray)",
        "“https://www.linkedin.com/in/cy-li/”",
        "[https://www.linkedin.com/in/dee-ox](https://www.linkedin.com/in/dee-ox)",
      ].join("\n"),
    );
    expect(entries.map((e) => (e.status === "ok" ? [e.line, e.linkedinUrl, e.input] : e.status))).toEqual([
      [1, JANE, "https://linkedin.com/in/jane-doe"],
      [2, JOHN, "https://www.linkedin.com/in/john-smith/"],
      [3, "https://www.linkedin.com/in/amy-lee/", "https://www.linkedin.com/in/amy-lee?trk=x"],
      [4, "https://www.linkedin.com/in/bob-ray/", "linkedin.com/in/bob-ray"],
      [5, "https://www.linkedin.com/in/cy-li/", "https://www.linkedin.com/in/cy-li/"],
      [6, "https://www.linkedin.com/in/dee-ox/", "https://www.linkedin.com/in/dee-ox"],
    ]);
  });

  it("reports a line of prose once, not once per word", () => {
    const entries = parsePastedProfiles("Jane Doe, VP Sales at Acme (met at SaaStr)\nlinkedin.com/in/jane-doe");
    expect(entries).toHaveLength(2);
    expect(entries[0]).toMatchObject({ status: "unsupported", line: 1, kind: "malformed", input: "Jane Doe, VP Sales at Acme (met at SaaStr)" });
    expect(entries[1]).toMatchObject({ status: "ok", line: 2 });
  });

  it("takes a personId from a CSV-style line but not a phone number from prose", () => {
    const entries = parsePastedProfiles("Jane Doe, Acme, 2751275603503088159\nCall me on +44 7700 900123\n123456 654321");
    expect(entries.map((e) => [e.line, e.status === "ok" ? e.personId : e.status])).toEqual([
      [1, "2751275603503088159"],
      [2, "unsupported"],
      [3, "123456"],
      [3, "654321"],
    ]);
  });

  it("reads a line with one profile URL and one personId as one person, the URL with its personId", () => {
    const entries = parsePastedProfiles(`Bob: ${JANE} and also 2740346354988674825\n2740346354988674825\n${JOHN}, 2751275603503088159, https://www.linkedin.com/in/amy-lee/`);
    expect(entries).toEqual([
      { status: "ok", line: 1, input: `${JANE} 2740346354988674825`, key: `li:${JANE}`, linkedinUrl: JANE, personId: "2740346354988674825" },
      // The same personId alone later is the same person: a repeat of line 1, not a second request.
      { status: "duplicate", line: 2, input: "2740346354988674825", key: "pid:2740346354988674825", firstLine: 1 },
      // Two URLs and a personId: which profile the id belongs to is not known, so each stays its own.
      expect.objectContaining({ line: 3, key: `li:${JOHN}`, personId: null }),
      expect.objectContaining({ line: 3, key: "pid:2751275603503088159" }),
      expect.objectContaining({ line: 3, key: "li:https://www.linkedin.com/in/amy-lee/" }),
    ]);
  });

  it("pairs only a personId-long number with a URL, and a repeat's personId still names the first line's person", () => {
    // A CRM record id beside a URL is not the person's Clodura id.
    expect(parsePastedProfiles(`${JANE}\t51234567`).map((e) => (e.status === "ok" ? [e.key, e.personId] : e.status))).toEqual([
      [`li:${JANE}`, null],
      ["pid:51234567", "51234567"],
    ]);
    const entries = parsePastedProfiles(`${JANE}\n${JANE} 2740346354988674825\n2740346354988674825`);
    expect(entries.map((e) => [e.line, e.status])).toEqual([
      [1, "ok"],
      [2, "duplicate"],
      [3, "duplicate"],
    ]);
  });

  it("gives a lone unsupported token its specific reason", () => {
    const entries = parsePastedProfiles("https://www.linkedin.com/sales/lead/ACwAAA1,NAME_SEARCH,x\nlnkd.in/abc\nhttps://www.linkedin.com/company/acme\n12345");
    expect(entries.map((e) => (e.status === "unsupported" ? e.kind : e.status))).toEqual([
      "sales_navigator",
      "short_link",
      "company",
      "malformed",
    ]);
  });

  it("marks later occurrences of the same person as duplicates of the first line", () => {
    const entries = parsePastedProfiles(
      [JANE, "https://uk.linkedin.com/in/Jane-Doe?originalSubdomain=uk", "2751275603503088159", "linkedin.com/in/jane-doe/details/skills", "2751275603503088159"].join("\n"),
    );
    expect(entries).toEqual([
      { status: "ok", line: 1, input: JANE, key: `li:${JANE}`, linkedinUrl: JANE, personId: null },
      { status: "duplicate", line: 2, input: "https://uk.linkedin.com/in/Jane-Doe?originalSubdomain=uk", key: `li:${JANE}`, firstLine: 1 },
      { status: "ok", line: 3, input: "2751275603503088159", key: "pid:2751275603503088159", linkedinUrl: null, personId: "2751275603503088159" },
      { status: "duplicate", line: 4, input: "linkedin.com/in/jane-doe/details/skills", key: `li:${JANE}`, firstLine: 1 },
      { status: "duplicate", line: 5, input: "2751275603503088159", key: "pid:2751275603503088159", firstLine: 3 },
    ]);
  });

  it("keeps personIds as exact strings", () => {
    const [entry] = parsePastedProfiles("9007199254740993123, ");
    expect(entry).toMatchObject({ status: "ok", personId: "9007199254740993123" });
    expect(entry?.status === "ok" && typeof entry.personId).toBe("string");
  });

  it("handles CRLF, lone CR and zero-width characters with 1-based line numbers", () => {
    const entries = parsePastedProfiles(`${JANE}\r\n\r\n${JOHN}\rlinkedin.com/in/amy\u200B-lee\r\n`);
    expect(entries.map((e) => [e.line, e.status === "ok" ? e.linkedinUrl : e.status])).toEqual([
      [1, JANE],
      [3, JOHN],
      [4, "https://www.linkedin.com/in/amy-lee/"],
    ]);
  });

  it("returns nothing for blank input", () => {
    expect(parsePastedProfiles("")).toEqual([]);
    expect(parsePastedProfiles(" \n\t\r\n ")).toEqual([]);
  });

  // How fast this runs is measured by `npm run bench`, not asserted here.
  it("classifies every one of 5,000 pasted lines", () => {
    const text = Array.from({ length: 5000 }, (_, i) =>
      i % 2 === 0 ? `https://uk.linkedin.com/in/person-${i}/?originalSubdomain=uk` : `${2751275603503088159n + BigInt(i)}`,
    ).join("\n");
    const entries = parsePastedProfiles(text);
    expect(entries).toHaveLength(5000);
    expect(entries.every((e) => e.status === "ok")).toBe(true);
    expect(entries[4999]).toMatchObject({ line: 5000, personId: "2751275603503093158" });
  });
});
