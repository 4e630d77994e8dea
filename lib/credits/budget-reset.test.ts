import { describe, expect, it } from "vitest";
import { budgetResetsAt, whenBudgetsReset } from "./budget-reset";
import type { BudgetLine } from "./budget-shortfall";

const at = (iso: string) => Date.parse(iso);
const NEW_YORK = "America/New_York";
const daily = (spent: number, cap = 30): BudgetLine => ({ scope: "user_day", label: "your daily budget", cap, spent, reserved: 0, left: cap - spent });
const monthly = (scope: "user_month" | "team_month", spent: number, cap: number): BudgetLine => ({
  scope,
  label: scope === "user_month" ? "your monthly budget" : "the team's monthly budget",
  cap,
  spent,
  reserved: 0,
  left: cap - spent,
});
// 9 a.m. in New York on 2026-11-27: its midnight is 15 hours off, the 1st three days and 15 hours.
const now = at("2026-11-27T14:00:00Z");

describe("budgetResetsAt", () => {
  it("is the team's next midnight for a day, and the 1st of next month for a month, in the team's zone", () => {
    expect(new Date(budgetResetsAt("user_day", NEW_YORK, now)).toISOString()).toBe("2026-11-28T05:00:00.000Z");
    expect(new Date(budgetResetsAt("team_month", NEW_YORK, now)).toISOString()).toBe("2026-12-01T05:00:00.000Z");
    // Late on the 31st of December in New York is already the new year in UTC, not in the team's day.
    expect(new Date(budgetResetsAt("user_month", NEW_YORK, at("2027-01-01T03:00:00Z"))).toISOString()).toBe("2027-01-01T05:00:00.000Z");
  });
});

describe("whenBudgetsReset", () => {
  const input = { worstCase: 60, cheapest: 10, timeZone: NEW_YORK, zoneNote: " (America/New York)", now };

  it("says when the budget the list is over starts over, and that nobody fits before then when one person would not", () => {
    expect(whenBudgetsReset({ ...input, lines: [daily(22)] })).toBe(
      "No single person fits today: one can cost up to 10 credits. Your daily budget resets at midnight (America/New York), in about 15 hours.",
    );
    expect(whenBudgetsReset({ ...input, lines: [daily(5)], zoneNote: "" })).toBe("Your daily budget resets at midnight, in about 15 hours.");
  });

  it("counts a month to its 1st, says a person's month and the team's once, and nothing for a list every budget takes", () => {
    expect(whenBudgetsReset({ ...input, lines: [daily(0, 100), monthly("user_month", 399, 400), monthly("team_month", 900, 1_000)] })).toBe(
      "No single person fits this month: one can cost up to 10 credits. Your monthly budget resets on the 1st (America/New York), in about 4 days.",
    );
    expect(whenBudgetsReset({ ...input, lines: [daily(20), monthly("team_month", 380, 400)] })).toBe(
      "Your daily budget resets at midnight (America/New York), in about 15 hours. The team's monthly budget resets on the 1st (America/New York), in about 4 days.",
    );
    expect(whenBudgetsReset({ ...input, lines: [daily(0, 100)] })).toBeNull();
  });
});
