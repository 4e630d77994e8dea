import { describe, expect, it } from "vitest";
import type { BudgetLine } from "@/lib/credits/budget-shortfall";
import { resendWarning } from "./resend-warning";

const daily = (left: number): BudgetLine => ({ scope: "user_day", label: "your daily budget", cap: 100, spent: 100 - left, reserved: 0, left });

describe("the warning before people are sent again in a new batch", () => {
  it("says the list will wait for approval, and which budget is short, when its worst case is over a budget", () => {
    expect(resendWarning({ worstCase: 60, expected: 30 }, [daily(8)], "a manager's approval")).toBe(
      "Over budget: this list will wait for a manager's approval before anything is sent, unless the team ledger answers enough of them for free. " +
        "This list could cost up to 60 credits, but your daily budget has 8 left (100 cap − 92 spent − 0 reserved for reveals still running).",
    );
  });

  it("says what it may cost when every budget can take it, or before the budgets are known", () => {
    const plain = "Worst case 60 credits, expected ~30, less whoever the team ledger answers for free. A new list of yours, checked like any other: what is over your budget waits for approval, and each number found is charged.";
    expect(resendWarning({ worstCase: 60, expected: 30 }, [daily(80)], "a manager's approval")).toBe(plain);
    expect(resendWarning({ worstCase: 60, expected: 30 }, undefined, "a manager's approval")).toBe(plain);
  });

  it("tells a manager sending a teammate's people that the new list is theirs, and where its owner finds the numbers", () => {
    expect(resendWarning({ worstCase: 60, expected: 30 }, [daily(80)], "an admin's approval", "Sam Rivera")).toBe(
      "Worst case 60 credits, expected ~30, less whoever the team ledger answers for free. A new list of yours, checked like any other: what is over your budget waits for approval, and each number found is charged. " +
        "The new list is yours, not Sam Rivera's: they cannot open it, but this list shows the answers it gets.",
    );
  });
});
