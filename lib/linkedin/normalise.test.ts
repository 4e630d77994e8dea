import { describe, it, expect } from "vitest";
import { normaliseLinkedIn } from "./normalise";
import type { UnsupportedKind } from "./types";

const JANE = "https://www.linkedin.com/in/jane-doe/";
const JURGEN = "https://www.linkedin.com/in/j%C3%BCrgen-m%C3%BCller/";

describe("normaliseLinkedIn: profile URLs", () => {
  it.each<[string, string]>([
    ["https://www.linkedin.com/in/jane-doe/", JANE],
    ["https://www.linkedin.com/in/jane-doe", JANE],
    ["http://www.linkedin.com/in/jane-doe/", JANE],
    ["https://linkedin.com/in/jane-doe", JANE],
    ["www.linkedin.com/in/jane-doe/", JANE],
    ["linkedin.com/in/jane-doe", JANE],
    ["//www.linkedin.com/in/jane-doe", JANE],
    // A mistyped scheme still names the profile unmistakably.
    ["htps://www.linkedin.com/in/jane-doe/", JANE],
    ["htp://www.linkedin.com/in/jane-doe", JANE],
    ["hhttps://www.linkedin.com/in/jane-doe", JANE],
    ["ttps://www.linkedin.com/in/jane-doe", JANE],
    ["https//www.linkedin.com/in/jane-doe", JANE],
    ["https;//www.linkedin.com/in/jane-doe", JANE],
    ["Https:www.linkedin.com/in/jane-doe", JANE],
    ["  https://www.linkedin.com/in/jane-doe/  ", JANE],
    ["https://uk.linkedin.com/in/jane-doe", JANE],
    ["https://de.linkedin.com/in/jane-doe/", JANE],
    ["https://in.linkedin.com/in/jane-doe", JANE],
    ["https://fr.linkedin.com/in/jane-doe/?originalSubdomain=fr", JANE],
    ["https://m.linkedin.com/in/jane-doe", JANE],
    ["https://WWW.LINKEDIN.COM/in/jane-doe/", JANE],
    ["HTTPS://www.LinkedIn.com/IN/Jane-Doe/", JANE],
    ["https://www.linkedin.com/in/JANE-DOE", JANE],
    ["https://www.linkedin.com/in/jane-doe/?originalSubdomain=uk", JANE],
    ["https://www.linkedin.com/in/jane-doe?utm_source=share&utm_campaign=share_via&utm_content=profile&utm_medium=ios_app", JANE],
    ["https://www.linkedin.com/in/jane-doe/?trk=public_profile_browsemap", JANE],
    ["https://www.linkedin.com/in/jane-doe/#experience", JANE],
    ["https://www.linkedin.com/in/jane-doe/details/experience/", JANE],
    ["https://www.linkedin.com/in/jane-doe/recent-activity/all/", JANE],
    ["https://www.linkedin.com/in/jane-doe/overlay/contact-info/", JANE],
    ["https://www.linkedin.com/in/jane-doe/de", JANE],
    ["https://www.linkedin.com/in/jane-doe//", JANE],
    ["https://www.linkedin.com:443/in/jane-doe/", JANE],
    ["https://www.linkedin.com/mwlite/in/jane-doe", JANE],
    ["https://www.linkedin.com/comm/in/jane-doe?midToken=AQE", JANE],
    ["https://www.linkedin.com/in/jane-doe-4a1b2c3d/", "https://www.linkedin.com/in/jane-doe-4a1b2c3d/"],
    ["https://www.linkedin.com/in/kapilkhangaonkar/", "https://www.linkedin.com/in/kapilkhangaonkar/"],
    ["https://www.linkedin.com/in/jane_doe_99", "https://www.linkedin.com/in/jane_doe_99/"],
    ["https://de.linkedin.com/in/j%C3%BCrgen-m%C3%BCller", JURGEN],
    ["https://de.linkedin.com/in/j%c3%bcrgen-m%c3%bcller/", JURGEN],
    ["https://www.linkedin.com/in/jürgen-müller/", JURGEN],
    ["https://www.linkedin.com/in/JÜRGEN-MÜLLER", JURGEN],
    ["https://www.linkedin.com/in/ju\u0308rgen-mu\u0308ller", JURGEN],
    ["https://www.linkedin.com/in/%E5%BC%A0%E4%BC%9F-12345/", "https://www.linkedin.com/in/%E5%BC%A0%E4%BC%9F-12345/"],
    ["https://www.linkedin.com/in/张伟-12345", "https://www.linkedin.com/in/%E5%BC%A0%E4%BC%9F-12345/"],
    // Member URN ids are case-sensitive, so their case survives.
    ["https://www.linkedin.com/in/ACoAAB1a2b3C4d5E6f7G8h", "https://www.linkedin.com/in/ACoAAB1a2b3C4d5E6f7G8h/"],
  ])("%s → %s", (input, expected) => {
    expect(normaliseLinkedIn(input)).toEqual({ ok: true, key: `li:${expected}`, linkedinUrl: expected, personId: null });
  });
});

describe("normaliseLinkedIn: Clodura personIds", () => {
  it.each(["2751275603503088159", "9223372036854775807123", "123456", "0000001234567890123"])("%s stays an exact string", (id) => {
    expect(normaliseLinkedIn(id)).toEqual({ ok: true, key: `pid:${id}`, linkedinUrl: null, personId: id });
  });

  it("keeps a 19-digit id above 2^53 digit for digit", () => {
    const result = normaliseLinkedIn(" 2751275603503088159 ");
    expect(result.ok && result.personId).toBe("2751275603503088159");
    expect(String(Number("2751275603503088159"))).not.toBe("2751275603503088159");
  });

  it("reads back a personId our spreadsheet export wrote with a leading quote, and nothing else quoted", () => {
    expect(normaliseLinkedIn(" '2751275603503088159 ")).toEqual({ ok: true, key: "pid:2751275603503088159", linkedinUrl: null, personId: "2751275603503088159" });
    expect(normaliseLinkedIn("''2751275603503088159").ok).toBe(false);
    expect(normaliseLinkedIn("'12").ok).toBe(false);
  });
});

describe("normaliseLinkedIn: refusals", () => {
  it.each<[string, UnsupportedKind]>([
    ["https://www.linkedin.com/sales/lead/ACwAAA1234,NAME_SEARCH,abcd", "sales_navigator"],
    ["https://www.linkedin.com/sales/people/ACwAAA1234,NAME_SEARCH,abcd", "sales_navigator"],
    ["https://www.linkedin.com/sales/search/people?query=(keywords:cto)", "sales_navigator"],
    ["linkedin.com/sales/lead/ACwAAA1234", "sales_navigator"],
    ["https://www.linkedin.com/talent/profile/AEMAAA1234?project=123", "recruiter"],
    ["https://www.linkedin.com/recruiter/profile/12345", "recruiter"],
    ["https://www.linkedin.com/pub/jane-doe/12/345/678", "pub"],
    ["http://uk.linkedin.com/pub/jane-doe/1a/2b/3c", "pub"],
    ["https://lnkd.in/dXyZ123", "short_link"],
    ["lnkd.in/eAbC-12", "short_link"],
    ["https://www.linkedin.com/company/clodura-ai/", "company"],
    ["https://www.linkedin.com/school/stanford-university/", "company"],
    ["https://www.linkedin.com/showcase/linkedin-sales-solutions/", "company"],
    ["https://www.example.com/in/jane-doe", "not_linkedin"],
    ["https://twitter.com/janedoe", "not_linkedin"],
    ["https://linkedin.com.evil.example/in/jane-doe", "not_linkedin"],
    ["https://www.linkedin.com@evil.example/in/jane-doe", "not_linkedin"],
    ["https://fakelinkedin.com/in/jane-doe", "not_linkedin"],
    ["https://www.linkedin.com/feed/", "not_profile"],
    ["https://www.linkedin.com/jobs/view/3812345678/", "not_profile"],
    ["https://www.linkedin.com/posts/jane-doe_ai-activity-7123456789-abcd", "not_profile"],
    ["https://www.linkedin.com/in/", "not_profile"],
    ["https://www.linkedin.com/", "not_profile"],
    ["https://www.linkedin.com/profile/view?id=AAkAAA1234", "not_profile"],
    ["https://business.linkedin.com/in/jane-doe", "not_profile"],
    ["jane-doe", "malformed"],
    ["Jane Doe", "malformed"],
    ["", "malformed"],
    ["12345", "malformed"],
    ["12345678901234567890123456", "malformed"],
    ["ftp://www.linkedin.com/in/jane-doe", "malformed"],
    ["sftp://www.linkedin.com/in/jane-doe", "malformed"],
    ["htps://www.example.com/in/jane-doe", "not_linkedin"],
    ["https://www.linkedin.com/in/%E0%A4%A", "malformed"],
    ["https://www.linkedin.com/in/jane%20doe", "malformed"],
    ["jane@example.com", "malformed"],
  ])("%s → %s", (input, kind) => {
    const result = normaliseLinkedIn(input);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.kind).toBe(kind);
    expect(result.reason).toMatch(/^[A-Z0-9a-z“].{20,}[.]$/);
  });

  it("tells the user how to get the profile URL out of Sales Navigator", () => {
    const result = normaliseLinkedIn("https://www.linkedin.com/sales/lead/ACwAAA1234,NAME_SEARCH,abcd");
    expect(result).toMatchObject({ ok: false, reason: expect.stringContaining("View LinkedIn profile") });
  });

  it("refuses a name after /in/ longer than LinkedIn allows, and keeps one of 100 characters", () => {
    expect(normaliseLinkedIn(`https://www.linkedin.com/in/${"a".repeat(101)}/`)).toMatchObject({ ok: false, kind: "malformed", reason: expect.stringContaining("101 characters long") });
    expect(normaliseLinkedIn(`linkedin.com/in/${"%C3%A9".repeat(101)}`)).toMatchObject({ ok: false, kind: "malformed" });
    expect(normaliseLinkedIn(`https://www.linkedin.com/in/${"a".repeat(100)}/`)).toMatchObject({ ok: true, linkedinUrl: `https://www.linkedin.com/in/${"a".repeat(100)}/` });
  });

  it("refuses a cell with a line break, a tab or a space inside, rather than glue two profiles into one", () => {
    for (const cell of ["https://www.linkedin.com/in/jane-doe/\nhttps://www.linkedin.com/in/john-smith/", "https://www.linkedin.com/in/jane-\ndoe/", "linkedin.com/in/jane\tdoe", "https://www.linkedin.com/in/jane doe/"]) {
      expect(normaliseLinkedIn(cell), JSON.stringify(cell)).toEqual({ ok: false, kind: "malformed", reason: "This cell holds more than one line or value: put one profile URL or personId per cell." });
    }
    expect(normaliseLinkedIn("  https://www.linkedin.com/in/jane-doe/ \r\n")).toMatchObject({ ok: true, linkedinUrl: "https://www.linkedin.com/in/jane-doe/" });
    // A cell of another kind (a wrongly mapped column) is simply not a profile, whatever spaces it holds.
    expect(normaliseLinkedIn("Paris, France")).toMatchObject({ ok: false, kind: "malformed", reason: expect.not.stringContaining("more than one line") });
  });

  it("refuses a URL with /in/ twice rather than read a profile called 'in'", () => {
    expect(normaliseLinkedIn("linkedin.com/in/in/jane-doe")).toMatchObject({ ok: false, kind: "malformed", reason: expect.stringContaining("/in/ twice") });
  });

  it("names the foreign host", () => {
    expect(normaliseLinkedIn("https://github.com/jane")).toMatchObject({ ok: false, reason: expect.stringContaining("github.com") });
  });
});
