import { describe, expect, it } from "vitest";
import { budgetShortfall, type BudgetLine } from "./budget-shortfall";

const line = (spent: number, reserved = 0): BudgetLine => ({ scope: "user_day", label: "your daily budget", cap: 250, spent, reserved, left: 250 - spent - reserved });

describe("budgetShortfall", () => {
  it("says what is left, naming the owner when a manager reads it", () => {
    expect(budgetShortfall([line(200)], 60, "Sam Rivera")).toBe(
      "This list could cost up to 60 credits, but Sam Rivera's daily budget has 50 left (250 cap − 200 spent − 0 reserved for reveals still running).",
    );
    expect(budgetShortfall([line(200)], 50)).toBeNull();
  });

  it("says by how much spend is already over the cap, rather than an arithmetic that does not add up", () => {
    expect(budgetShortfall([line(282)], 20)).toBe(
      "This list could cost up to 20 credits, but your daily budget is already 32 over (250 cap − 282 spent − 0 reserved for reveals still running).",
    );
  });
});
