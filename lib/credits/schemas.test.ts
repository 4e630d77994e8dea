import { describe, expect, it } from "vitest";
import { decisionSchema } from "./schemas";

describe("a manager's decision", () => {
  it("takes an optional note, trimmed, an empty one as none, and refuses one too long to read", () => {
    expect(decisionSchema.parse({ decision: "reject", note: "  Over the cap  " })).toEqual({ decision: "reject", note: "Over the cap" });
    expect(decisionSchema.parse({ decision: "reject", note: "   " })).toEqual({ decision: "reject", note: null });
    expect(decisionSchema.parse({ decision: "approve" })).toEqual({ decision: "approve" });
    expect(decisionSchema.safeParse({ decision: "reject", note: "x".repeat(301) }).error?.issues[0]?.message).toBe("A note is at most 300 characters.");
  });
});
