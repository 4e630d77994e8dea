import { describe, expect, it } from "vitest";
import { foundRateBasis, type LedgerCheck } from "@/lib/reveals/use-imports";
import { ASSUMED_FOUND_RATE, expectedFoundRate, listCost, TRUSTED_ANSWERS } from "./list-cost";

const basis = (foundRate: number, foundRateAnswers: number) => ({ foundRate, foundRateAnswers }) as LedgerCheck;

describe("the found rate a list's expected cost is on", () => {
  it("is assumed before the team has answers, and one lucky first answer does not make it 100%", () => {
    expect(expectedFoundRate(0, 0)).toBe(ASSUMED_FOUND_RATE);
    expect(expectedFoundRate(1, 1)).toBeCloseTo((1 + 0.5 * 19) / 20);
    expect(listCost(5, { worstPerReveal: 20, foundRate: expectedFoundRate(1, 1), averagePrice: 10 })).toEqual({ worstCase: 100, expected: 26 });
    expect(expectedFoundRate(0, 3)).toBeCloseTo(8.5 / 20);
  });

  it("is the team's own once it has enough answers", () => {
    expect(expectedFoundRate(15, TRUSTED_ANSWERS)).toBe(0.75);
    expect(expectedFoundRate(900, 1_000)).toBe(0.9);
  });

  it("says what it is from", () => {
    expect(foundRateBasis(basis(0.5, 0))).toBe("found rate assumed 50% — no history yet");
    expect(foundRateBasis(basis(0.525, 1))).toBe("found rate 53% from the team's 1 answer so far and 19 assumed at 50%");
    expect(foundRateBasis(basis(0.425, 3))).toBe("found rate 43% from the team's 3 answers so far and 17 assumed at 50%");
    expect(foundRateBasis(basis(0.9, 1_000))).toBe("found rate 90% from the team's 1,000 answers");
    // 4 found of 5, and 15 at 50%: 57.5%, rounded up as written, not down as 0.575 × 100 is in floating point.
    expect(foundRateBasis(basis(expectedFoundRate(4, 5), 5))).toBe("found rate 58% from the team's 5 answers so far and 15 assumed at 50%");
  });
});
