import { describe, expect, it } from "vitest";
import { rowMatches } from "./batch-filter";
import type { BatchRow } from "./schemas";

const row = { state: "found", firstName: "José", lastName: "García", company: "Acme", linkedinUrl: "https://www.linkedin.com/in/jos%C3%A9-garc%C3%ADa/", personId: null } as unknown as BatchRow;

describe("rowMatches", () => {
  it("finds a person by the profile as the grid shows it, as stored, and without accents", () => {
    for (const search of ["josé-garcía", "linkedin.com/in/josé-garcía/", "jos%C3%A9", "jose garcia", "JOSE-GARCIA", " acme "]) {
      expect(rowMatches(row, { state: "all", search }), search).toBe(true);
    }
    expect(rowMatches(row, { state: "all", search: "globex" })).toBe(false);
    expect(rowMatches(row, { state: "not_found", search: "jose" })).toBe(false);
    expect(rowMatches(row, { state: "found", search: "" })).toBe(true);
  });
});
