import { describe, expect, it } from "vitest";
import { revealStates } from "@/db/schema/reveals";
import type { BatchCounts } from "@/lib/reveals/schemas";
import { onPaceFor } from "./on-pace";

const counts = (partial: Partial<BatchCounts>): BatchCounts => ({ ...(Object.fromEntries([...revealStates, "unfinished"].map((state) => [state, 0])) as BatchCounts), ...partial });

describe("onPaceFor", () => {
  it("adds the rest at what each of the list's own answers has cost so far", () => {
    // 40 answered for 300 credits (7.5 each), 60 still to come: 300 + 450.
    expect(onPaceFor(300, counts({ found: 25, not_found: 15, queued: 50, awaiting: 10 }))).toBe(750);
    // Free ledger answers and cancelled rows cost nothing and are not to come.
    expect(onPaceFor(300, counts({ found: 25, not_found: 15, cached: 500, cancelled: 40, held: 20 }))).toBe(450);
  });

  it("says nothing before 20 answers of its own, or once nothing is left to answer", () => {
    expect(onPaceFor(100, counts({ found: 10, not_found: 9, queued: 100 }))).toBeNull();
    expect(onPaceFor(300, counts({ found: 25, not_found: 15 }))).toBeNull();
  });
});
