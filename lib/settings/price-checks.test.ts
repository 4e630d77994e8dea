import { describe, expect, it } from "vitest";
import { pricesToConfirm } from "./price-checks";

const row = (provider: string, price: string) => ({ provider, price });

describe("prices saved only on a second press", () => {
  it("are none inside the documented 10–20, at either end", () => {
    expect(pricesToConfirm([row("Clodura", "10"), row("Findymail", "20"), row("Wiza", "15")])).toEqual({ warnings: [], providers: 0 });
  });

  it("include a price of 0, named with what it means for the ledger and the budgets", () => {
    expect(pricesToConfirm([row("Clodura", "10"), row(" SignalHire ", "0")])).toEqual({
      warnings: ["SignalHire at 0 credits: its numbers would be charged nothing, so budgets would not count them."],
      providers: 1,
    });
  });

  it("include a price under 10, said to under-count", () => {
    expect(pricesToConfirm([row("Wiza", "9"), row("Kaspr", "1")]).warnings).toEqual([
      "Wiza at 9 credits: below the 10–20 credits Clodura documents, its numbers would count for less than Clodura charges, so budgets would stop too late.",
      "Kaspr at 1 credit: below the 10–20 credits Clodura documents, its numbers would count for less than Clodura charges, so budgets would stop too late.",
    ]);
  });

  it("name the prices above 20 together, then each one below 10", () => {
    expect(pricesToConfirm([row("Kaspr", "25"), row("Wiza", "0"), row("Lusha", "30")])).toEqual({
      warnings: [
        "Kaspr (25), Lusha (30) are priced above the 10–20 credits Clodura documents: check against your Clodura plan before saving.",
        "Wiza at 0 credits: its numbers would be charged nothing, so budgets would not count them.",
      ],
      providers: 3,
    });
  });

  it("leave out rows the form refuses anyway: no provider, an empty, a non-whole, a negative price or one past 1,000", () => {
    expect(pricesToConfirm([row("", "0"), row("Wiza", ""), row("Kaspr", "fifteen"), row("Lusha", "2.5"), row("Clodura", "-3"), row("Findymail", "5000")])).toEqual({ warnings: [], providers: 0 });
    expect(pricesToConfirm([row("Findymail", "1000")]).providers).toBe(1);
  });

  it("leave out a price as it was saved: it was confirmed then, and a later save of the plan alone asks nothing", () => {
    const saved = { SignalHire: 0, Kaspr: 25, Clodura: 10 };
    expect(pricesToConfirm([row("SignalHire", "0"), row("Kaspr", "25"), row("Clodura", "10")], saved)).toEqual({ warnings: [], providers: 0 });
    expect(pricesToConfirm([row("SignalHire", "5"), row("Kaspr", "25")], saved).warnings).toEqual([
      "SignalHire at 5 credits: below the 10–20 credits Clodura documents, its numbers would count for less than Clodura charges, so budgets would stop too late.",
    ]);
  });
});
