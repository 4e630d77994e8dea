import { describe, expect, it } from "vitest";
import { budgetShortfall, type BudgetLine } from "./budget-shortfall";
import { capRoom, describeCapRoom } from "./cap-room";

const monthly = (cap: number | null, spent: number, reserved = 0) => ({ name: "the monthly cap", cap, spent, reserved });
const team = (cap: number | null, spent: number, reserved = 0) => ({ name: "the team's monthly cap", cap, spent, reserved });
const said = (...args: Parameters<typeof capRoom>) => {
  const room = capRoom(...args);
  return room && describeCapRoom(room);
};

describe("what a cap leaves", () => {
  it("is the least any cap over it leaves, and names that cap", () => {
    // The walkthrough: a daily cap of 500 under a monthly cap of 50 already spent is not "369 left".
    expect(said({ cap: 500, spent: 131, reserved: 0 }, [monthly(50, 131)])).toBe("0 left: the monthly cap is 81 over");
    expect(said({ cap: 500, spent: 131, reserved: 0 }, [monthly(200, 160)])).toBe("40 left, limited by the monthly cap");
    expect(said({ cap: 500, spent: 131, reserved: 0 }, [monthly(1_000, 160), team(5_000, 4_990)])).toBe("10 left, limited by the team's monthly cap");
    expect(said({ cap: 100, spent: 10, reserved: 20 }, [monthly(1_000, 160, 20), team(null, 4_990)])).toBe("70 left");
  });

  it("says a cap's own spend past it first, and nothing without a cap", () => {
    expect(said({ cap: 100, spent: 131, reserved: 0 }, [monthly(50, 131)])).toBe("31 over");
    expect(capRoom({ cap: null, spent: 131, reserved: 0 }, [monthly(50, 131)])).toBeNull();
    // Reveals still running can take all that is left, never less than nothing.
    expect(said({ cap: 100, spent: 90, reserved: 40 }, [])).toBe("0 left");
  });

  it("leaves room for exactly the worst case a list can have without being held", () => {
    const line = (scope: BudgetLine["scope"], cap: number, spent: number): BudgetLine => ({ scope, label: scope, cap, spent, reserved: 0, left: cap - spent });
    const [day, month] = [line("user_day", 500, 131), line("user_month", 200, 160)];
    const { left } = capRoom(day, [{ ...month, name: "the monthly cap" }])!;
    expect(budgetShortfall([day, month], left)).toBeNull();
    expect(budgetShortfall([day, month], left + 1)).not.toBeNull();
  });
});
