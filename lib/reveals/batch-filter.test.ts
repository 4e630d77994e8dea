import { describe, expect, it } from "vitest";
import { batchFilterQuery, chipCount, chipCountsMatching, readBatchFilter, rowMatcher } from "./batch-filter";
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

  it("finds a person by one of their numbers however it is typed, and still by a personId", () => {
    const numbers = [{ raw: "646-555-0184", e164: "+16465550184", type: "mobile" }];
    const withNumber = { ...row, personId: "2751275603503088159", results: { Clodura: { status: "notFound", numbers: [], charged: false }, Findymail: { status: "found", numbers, charged: true } } } as unknown as BatchRow;
    for (const search of ["+1 646 555 0184", "(646) 555-0184", "646.555.0184", "5550184", "2751275603503088159"]) {
      expect(rowMatcher({ state: "all", search })(withNumber), search).toBe(true);
    }
    expect(rowMatcher({ state: "all", search: "+1 646 555 0199" })(withNumber)).toBe(false);
    expect(rowMatcher({ state: "not_found", search: "646 555 0184" })(withNumber)).toBe(false);
  });

  it("finds German typed without its umlaut, spelled out or left off", () => {
    const muller = { ...row, firstName: "Jürgen", lastName: "Müller", linkedinUrl: null } as BatchRow;
    for (const search of ["mueller", "muller", "Müller", "juergen"]) expect(rowMatcher({ state: "all", search })(muller), search).toBe(true);
    expect(rowMatcher({ state: "all", search: "zoe" })(muller)).toBe(false);
  });

  it('shows an unfinished row under "Unfinished" only, not under "Not found"', () => {
    const unfinished = { ...row, state: "unfinished" } as BatchRow;
    expect(rowMatcher({ state: "unfinished", search: "" })(unfinished)).toBe(true);
    expect(rowMatcher({ state: "not_found", search: "" })(unfinished)).toBe(false);
    expect(rowMatcher({ state: "all", search: "josé" })(unfinished)).toBe(true);
  });

  it("shows a free ledger answer under Found when it came with a number, under Not found when it did not, and under Free either way", () => {
    const free = (withNumber: boolean) => ({ ...row, state: "cached", ledger: { revealedBy: "Sam", at: 1, inFlight: false, withNumber } }) as BatchRow;
    const shows = (candidate: BatchRow) => (["found", "not_found", "cached"] as const).filter((state) => rowMatcher({ state, search: "" })(candidate));
    expect(shows(free(true))).toEqual(["found", "cached"]);
    expect(shows(free(false))).toEqual(["not_found", "cached"]);
    // Attached to a teammate's reveal still in flight: its row shows that reveal's state, not a free answer yet.
    expect(shows({ ...row, state: "awaiting", ledger: { revealedBy: "Sam", at: 1, inFlight: true, withNumber: false, resentBy: null } } as BatchRow)).toEqual([]);
  });

  it("counts each chip as it filters: Found and Not found take the free answers with and without a number", () => {
    const counts = { held: 0, queued: 1, dispatching: 0, awaiting: 1, found: 4, not_found: 2, unfinished: 1, failed: 0, cached: 5, cancelled: 0 };
    const batch = { counts, freeWithNumber: 3, total: 14 };
    expect(chipCount("all", batch)).toBe(14);
    expect(chipCount("pending", batch)).toBe(2);
    expect(chipCount("found", batch)).toBe(7);
    expect(chipCount("not_found", batch)).toBe(4);
    expect(chipCount("cached", batch)).toBe(5);
    expect(chipCount("unfinished", batch)).toBe(1);
  });
});

describe("a batch page's filter in its link", () => {
  it("reads the state and search it wrote, and shows every row for a state it does not know", () => {
    expect(readBatchFilter(new URLSearchParams(batchFilterQuery({ state: "found", search: " acme " })))).toEqual({ state: "found", search: "acme" });
    expect(readBatchFilter(new URLSearchParams(""))).toEqual({ state: "all", search: "" });
    expect(readBatchFilter(new URLSearchParams("state=toString&q=" + "a".repeat(300)))).toEqual({ state: "all", search: "a".repeat(200) });
  });
});

describe("chip counts under a search", () => {
  it("count only the rows the search matches, each under every chip it shows in", () => {
    const rows = [
      { ...row, revealId: "1" },
      { ...row, revealId: "2", company: "Globex" },
      { ...row, revealId: "3", state: "cached", ledger: { revealedBy: "Sam", at: 1, inFlight: false, withNumber: true } },
      { ...row, revealId: "4", state: "failed" },
    ] as BatchRow[];
    expect(chipCountsMatching(rows, "acme")).toMatchObject({ all: 3, found: 2, cached: 1, failed: 1, not_found: 0, pending: 0 });
    expect(chipCountsMatching(rows, "globex")).toMatchObject({ all: 1, found: 1, cached: 0, failed: 0 });
  });
});
