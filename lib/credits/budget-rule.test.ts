import { describe, expect, it } from "vitest";
import { mayApprove, ownListApprover } from "@/lib/reveals/approval-rule";
import { budgetNotYours, capOrderWarning, maySetBudget, TEAM } from "./budget-rule";

const [sdr, manager, admin] = [{ id: "s", role: "sdr" as const }, { id: "m", role: "manager" as const }, { id: "a", role: "admin" as const }];

describe("separation of duties", () => {
  it("lets a manager approve others' lists, never their own; an admin any; an SDR none", () => {
    expect([mayApprove(manager, "s"), mayApprove(manager, "m"), mayApprove(admin, "a"), mayApprove(sdr, "s")]).toEqual([true, false, true, false]);
  });

  it("tells the sender of a list held over budget who can approve it, as mayApprove decides", () => {
    expect(ownListApprover("sdr")).toEqual({ approval: "a manager's approval", approves: "a manager approves" });
    expect(ownListApprover("manager")).toEqual({ approval: "another manager's or an admin's approval", approves: "another manager or an admin approves" });
    expect(ownListApprover("admin")).toEqual({ approval: "your approval", approves: "you approve it" });
  });

  it("lets a manager cap another person, but not themselves nor the team, whose caps limit their own lists; an admin any", () => {
    expect([maySetBudget(manager, "s"), maySetBudget(manager, "m"), maySetBudget(manager, TEAM), maySetBudget(admin, "a"), maySetBudget(admin, TEAM), maySetBudget(sdr, "s")]).toEqual([true, false, false, true, true, false]);
    expect(budgetNotYours(TEAM)).toBe("The team's cap is set by an admin.");
    expect(budgetNotYours("m")).toBe("Your own caps are set by another manager or an admin.");
  });
});

describe("a daily cap above the monthly cap", () => {
  it("is warned of, naming both, and nothing is said when either is unset or the day's is within the month's", () => {
    expect(capOrderWarning(500, 50)).toBe("Daily cap 500 is above the monthly cap 50: the monthly cap binds first.");
    expect(capOrderWarning(5_000, 1_200)).toBe("Daily cap 5,000 is above the monthly cap 1,200: the monthly cap binds first.");
    expect([capOrderWarning(50, 50), capOrderWarning(10, 50), capOrderWarning(500, null), capOrderWarning(null, 50)]).toEqual([null, null, null, null]);
  });
});
