import { describe, expect, it } from "vitest";
import { mayApprove, ownListApprover } from "@/lib/reveals/approval-rule";
import { budgetNotYours, maySetBudget, TEAM } from "./budget-rule";

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
