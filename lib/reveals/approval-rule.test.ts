import { describe, expect, it } from "vitest";
import { decisionMessage } from "./approval-rule";

const list = { name: "Q4 fintech AEs", createdBy: "Priya Raman (SDR)" };

describe("decisionMessage", () => {
  it("says an approved list is being sent, or that it waits while sending is paused", () => {
    expect(decisionMessage(list, "approve", false)).toBe("Approved Q4 fintech AEs by Priya Raman (SDR): it is being sent.");
    expect(decisionMessage(list, "approve", true)).toBe("Approved Q4 fintech AEs by Priya Raman (SDR): it is sent once an admin resumes sending to Clodura, which is paused.");
  });

  it("says nothing was sent for a rejected or withdrawn list", () => {
    expect(decisionMessage(list, "reject", true)).toBe("Rejected Q4 fintech AEs by Priya Raman (SDR): nothing was sent.");
    expect(decisionMessage(list, "withdraw", false)).toBe("Withdrew your Q4 fintech AEs: nothing was sent.");
  });
});
