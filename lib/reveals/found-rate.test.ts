import { describe, expect, it } from "vitest";
import { foundRateText } from "./found-rate";

describe("a batch's found rate", () => {
  it("is of Clodura's answers, and names them beside free ledger answers so the found count adds up", () => {
    expect(foundRateText(18, 25, 72, true)).toBe("18 of the 25 people Clodura has answered: 72%");
    expect(foundRateText(1_204, 2_000, 60, false)).toBe("60% of the 2,000 people Clodura has answered");
    expect(foundRateText(1, 1, 100, false)).toBe("100% of the 1 person Clodura has answered");
  });
});
