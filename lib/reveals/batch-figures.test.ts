import { describe, expect, it } from "vitest";
import { figuresLine, foundCount, foundNote, freeNote, perPaidNumber } from "./batch-figures";

describe("a list's figures on Batches", () => {
  // 1 found by a paid reveal, 5 answered free from the ledger (2 of them with a number): 3 numbers in all.
  const mixed = { found: 1, freeWithNumber: 2, cached: 5, credits: 12, paid: 1 };

  it("say Found holds the free numbers too, and Free counts every free answer, with a number or not", () => {
    expect(foundCount(mixed)).toBe(3);
    expect(foundNote(mixed)).toBe("2 of them free");
    expect(freeNote(mixed)).toBe("2 with a number");
    expect(freeNote({ cached: 3, freeWithNumber: 0 })).toBe("none with a number");
    expect(foundNote({ ...mixed, freeWithNumber: 0 })).toBeNull();
    expect(freeNote({ ...mixed, cached: 0, freeWithNumber: 0 })).toBeNull();
  });

  it("divide credits by the paid numbers (charged reveals), not by every number the list holds", () => {
    expect(perPaidNumber(mixed)).toBe("12 credits per paid number");
    expect(perPaidNumber({ ...mixed, credits: 46, paid: 3 })).toBe("15.3 credits per paid number");
    expect(perPaidNumber({ ...mixed, credits: 0, paid: 0 })).toBeNull();
  });

  it("fit in one line under the name on a phone", () => {
    expect(figuresLine(mixed)).toBe("3 found, 2 of them free · 5 free from the ledger, 2 with a number · 12 credits, 12 per paid number");
    expect(figuresLine({ found: 0, freeWithNumber: 0, cached: 0, credits: 0, paid: 0 })).toBe("0 found · 0 credits");
    expect(figuresLine({ found: 1_200, freeWithNumber: 0, cached: 0, credits: 1, paid: 1 })).toBe("1,200 found · 1 credit, 1 per paid number");
  });
});
