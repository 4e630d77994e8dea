import { describe, expect, it } from "vitest";
import { foundRateText } from "./found-rate";

describe("a batch's found rate", () => {
  it("is of Clodura's answers, and names them beside free ledger answers so the found count adds up", () => {
    expect(foundRateText(18, 25, 72, true)).toBe("18 of the 25 Clodura answered: 72%");
    expect(foundRateText(1_204, 2_000, 60, false)).toBe("60% of the 2,000 Clodura answered");
  });
});
