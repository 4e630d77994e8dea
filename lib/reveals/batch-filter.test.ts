import { describe, expect, it } from "vitest";
import { rowMatcher } from "./batch-filter";
import type { BatchRow } from "./schemas";

const row = { state: "found", firstName: "José", lastName: "García", company: "Acme", linkedinUrl: "https://www.linkedin.com/in/jos%C3%A9-garc%C3%ADa/", personId: null } as unknown as BatchRow;

describe("rowMatcher", () => {
  it("finds a person by the profile as the grid shows it, as stored, and without accents", () => {
    for (const search of ["josé-garcía", "linkedin.com/in/josé-garcía/", "jos%C3%A9", "jose garcia", "JOSE-GARCIA", " acme "]) {
      expect(rowMatcher({ state: "all", search })(row), search).toBe(true);
    }
    expect(rowMatcher({ state: "all", search: "globex" })(row)).toBe(false);
    expect(rowMatcher({ state: "not_found", search: "jose" })(row)).toBe(false);
    expect(rowMatcher({ state: "found", search: "" })(row)).toBe(true);
  });

  it('shows an unfinished row under "Unfinished" only, not under "Not found"', () => {
    const unfinished = { ...row, state: "unfinished" } as BatchRow;
    expect(rowMatcher({ state: "unfinished", search: "" })(unfinished)).toBe(true);
    expect(rowMatcher({ state: "not_found", search: "" })(unfinished)).toBe(false);
    expect(rowMatcher({ state: "all", search: "josé" })(unfinished)).toBe(true);
  });
});
