import { describe, expect, it } from "vitest";
import { budgetShortfall, peopleWithinBudgets, sendNowInstead, type BudgetLine } from "./budget-shortfall";

const line = (spent: number, reserved = 0): BudgetLine => ({ scope: "user_day", label: "your daily budget", cap: 250, spent, reserved, left: 250 - spent - reserved });

describe("budgetShortfall", () => {
  it("says what is left, naming the owner when a manager reads it", () => {
    expect(budgetShortfall([line(200)], 60, "Sam Rivera")).toBe(
      "This list could cost up to 60 credits, but Sam Rivera's daily budget has 50 left (250 cap − 200 spent − 0 reserved for reveals still running).",
    );
    expect(budgetShortfall([line(200)], 50)).toBeNull();
  });

  it("names the tightest budget it is over, whatever the order, and any other it is over too", () => {
    const teamMonth: BudgetLine = { scope: "team_month", label: "the team's monthly budget", cap: 400, spent: 378, reserved: 0, left: 22 };
    expect(budgetShortfall([line(212), teamMonth], 60)).toBe(
      "This list could cost up to 60 credits, but the team's monthly budget has 22 left (400 cap − 378 spent − 0 reserved for reveals still running). Your daily budget is short too (38 left).",
    );
    // A name is kept as written, lower case or not: the owner's view finds it to say "Your".
    expect(budgetShortfall([teamMonth, line(212)], 60, "dana lee")).toMatch(/ dana lee's daily budget is short too \(38 left\)\.$/);
    expect(budgetShortfall([line(212), teamMonth], 30, "Sam Rivera")).toBe(
      "This list could cost up to 30 credits, but the team's monthly budget has 22 left (400 cap − 378 spent − 0 reserved for reveals still running).",
    );
  });

  it("says by how much spend is already over the cap, rather than an arithmetic that does not add up", () => {
    expect(budgetShortfall([line(282)], 20)).toBe(
      "This list could cost up to 20 credits, but your daily budget is already 32 over (250 cap − 282 spent − 0 reserved for reveals still running).",
    );
  });
});

describe("peopleWithinBudgets", () => {
  it("counts the people the tightest capped budget can still take at the worst case each", () => {
    const uncapped: BudgetLine = { scope: "team_month", label: "the team's monthly budget", cap: null, spent: 900, reserved: 0, left: null };
    expect(peopleWithinBudgets([line(200), uncapped], 20)).toBe(2);
    expect(peopleWithinBudgets([line(100), line(240)], 10)).toBe(1);
    expect(peopleWithinBudgets([line(282)], 20)).toBe(0);
    expect(peopleWithinBudgets([uncapped], 20)).toBeNull();
  });
});

describe("sendNowInstead", () => {
  it("offers fewer people for a paste, and no partners when every person then fits", () => {
    expect(sendNowInstead({ what: "paste", charged: 5, fits: 2, fitsAlone: 5, viaPartners: true })).toBe(
      "To send it now instead, keep 2 people or fewer, or turn off “Ask partner providers” (Clodura’s own database alone costs less per person).",
    );
    expect(sendNowInstead({ what: "list", charged: 5, fits: 2, fitsAlone: 5, viaPartners: true })).toBe("To send it now instead, turn off “Ask partner providers” (Clodura’s own database alone costs less per person).");
    expect(sendNowInstead({ what: "paste", charged: 5, fits: 1, fitsAlone: 2, viaPartners: true })).toBe("To send it now instead, keep 1 person or fewer.");
  });

  it("offers nothing that would not fit: a cap no one fits under, partners already off", () => {
    expect(sendNowInstead({ what: "paste", charged: 1, fits: 0, fitsAlone: 0, viaPartners: true })).toBeNull();
    expect(sendNowInstead({ what: "list", charged: 9, fits: 3, fitsAlone: 3, viaPartners: false })).toBeNull();
  });
});
