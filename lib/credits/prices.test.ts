import { describe, expect, it } from "vitest";
import { creditsForFound, MAX_DOCUMENTED_PRICE, PROSPECT_CREDITS_PER_FOUND } from "./prices";

const prices = { Clodura: 10, Findymail: 20, Wiza: 15 };

describe("the credits a found number costs", () => {
  it("is the finding provider's price, whatever case Clodura writes its name in", () => {
    expect(creditsForFound("max", "Wiza", prices)).toBe(15);
    expect(creditsForFound("max", "wiza", prices)).toBe(15);
    expect(creditsForFound("payg", "WIZA", prices)).toBe(15);
  });

  it("is the documented maximum for a provider missing from the table, and 2 on Prospect plans", () => {
    expect(creditsForFound("max", "Kaspr", prices)).toBe(MAX_DOCUMENTED_PRICE);
    expect(creditsForFound("prospect", "Wiza", prices)).toBe(PROSPECT_CREDITS_PER_FOUND);
  });
});
