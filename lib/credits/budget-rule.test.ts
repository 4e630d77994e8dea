import { describe, expect, it } from "vitest";
import { mayApprove, maySetBudget } from "./approval-rule";

const [sdr, manager, admin] = [{ id: "s", role: "sdr" as const }, { id: "m", role: "manager" as const }, { id: "a", role: "admin" as const }];

describe("separation of duties", () => {
  it("lets a manager approve and cap others, never themselves; an admin anyone; an SDR no one", () => {
    expect([mayApprove(manager, "s"), mayApprove(manager, "m"), mayApprove(admin, "a"), mayApprove(sdr, "s")]).toEqual([true, false, true, false]);
    expect([maySetBudget(manager, "s"), maySetBudget(manager, "team"), maySetBudget(manager, "m"), maySetBudget(admin, "a"), maySetBudget(sdr, "s")]).toEqual([true, true, false, true, false]);
  });
});
