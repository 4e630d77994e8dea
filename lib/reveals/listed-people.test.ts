import { describe, expect, it } from "vitest";
import { displayStates } from "./display-state";
import { canMergeIntoFile } from "./listed-people";
import type { BatchCounts, BatchRow } from "./schemas";

const counts = (some: Partial<BatchCounts>): BatchCounts => ({ ...(Object.fromEntries(displayStates.map((state) => [state, 0])) as BatchCounts), ...some });
const uploaded = { source: "csv", fileName: "list.csv", rows: [{ sourceRow: 2 } as BatchRow], freeWithNumber: 0 };

describe("adding numbers to the rep's file", () => {
  it("is offered for an uploaded list with a number, or one still to come", () => {
    expect(canMergeIntoFile({ ...uploaded, counts: counts({ found: 1, not_found: 4 }) })).toBe(true);
    expect(canMergeIntoFile({ ...uploaded, counts: counts({ cached: 1 }), freeWithNumber: 1 })).toBe(true);
    expect(canMergeIntoFile({ ...uploaded, counts: counts({ held: 5 }) })).toBe(true);
    expect(canMergeIntoFile({ ...uploaded, counts: counts({ awaiting: 1, not_found: 2 }) })).toBe(true);
  });

  it("is not offered when nothing was or will be found: a list rejected, stopped, or answered without a number", () => {
    expect(canMergeIntoFile({ ...uploaded, counts: counts({ cancelled: 5 }) })).toBe(false);
    expect(canMergeIntoFile({ ...uploaded, counts: counts({ not_found: 3, failed: 1, unfinished: 1, cached: 1 }) })).toBe(false);
  });

  it("is not offered for a pasted list, or one uploaded before rows were numbered", () => {
    expect(canMergeIntoFile({ ...uploaded, source: "paste", fileName: null, counts: counts({ found: 1 }) })).toBe(false);
    expect(canMergeIntoFile({ ...uploaded, rows: [{ sourceRow: null } as BatchRow], counts: counts({ found: 1 }) })).toBe(false);
  });
});
