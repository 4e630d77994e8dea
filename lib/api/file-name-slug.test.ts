import { describe, expect, it } from "vitest";
import { fileNameSlug } from "./file-name-slug";

describe("fileNameSlug", () => {
  it("keeps ASCII letters and digits, spelling accents and ł or ø without them", () => {
    expect(fileNameSlug('Acme Q4 — "Webinar" résumé\r\nX: y')).toBe("acme-q4-webinar-resume-x-y");
    expect(fileNameSlug("Łukasz Øvergaard")).toBe("lukasz-overgaard");
    expect([fileNameSlug(null), fileNameSlug("—!")]).toEqual(["", ""]);
  });

  it("cuts a long name at a word's end, 48 characters at most", () => {
    const cut = fileNameSlug("Łukasz Øvergaard webinar leads from the Dreamforce booth, day two");
    expect(cut).toBe("lukasz-overgaard-webinar-leads-from-the");
    expect(fileNameSlug("x".repeat(60))).toBe("x".repeat(48));
  });

  it("keeps a paste's 'and N more' however long the profiles before it", () => {
    expect(fileNameSlug("pasted ana-lopez, ben-wu and 3 more")).toBe("pasted-ana-lopez-ben-wu-and-3-more");
    const long = fileNameSlug("pasted alexandra-konstantinopo…, maximilian-von-habsbur… and 1,204 more");
    expect(long).toBe("pasted-alexandra-konstantinopo-and-1204-more");
    expect(long.length).toBeLessThanOrEqual(48);
  });
});
