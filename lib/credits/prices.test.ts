import { describe, expect, it } from "vitest";
import { creditsForFound, MAX_DOCUMENTED_PRICE, PROSPECT_CREDITS_PER_FOUND, worstCasePrice } from "./prices";

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

describe("the most one reveal can cost", () => {
  it("is Clodura's price for a list that does not ask partners, however the price table writes its name, as its charge is", () => {
    expect(worstCasePrice("max", { clodura: 30, Wiza: 15 }, false)).toBe(30);
    expect(worstCasePrice("max", { clodura: 30, Wiza: 15 }, false)).toBe(creditsForFound("max", "Clodura", { clodura: 30 }));
    expect(worstCasePrice("max", { Wiza: 15 }, false)).toBe(MAX_DOCUMENTED_PRICE);
  });

  it("is the dearest price, or the documented maximum, when partners are asked; 2 on Prospect plans", () => {
    expect(worstCasePrice("max", { Clodura: 10, Findymail: 25 }, true)).toBe(25);
    expect(worstCasePrice("max", prices, true)).toBe(MAX_DOCUMENTED_PRICE);
    expect(worstCasePrice("prospect", prices, true)).toBe(PROSPECT_CREDITS_PER_FOUND);
  });
});
