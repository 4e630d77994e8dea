import { describe, expect, it } from "vitest";
import { declinedWhole, sentPeople } from "./declined-whole";

describe("declinedWhole", () => {
  it("is a rejected list none of whose people were sent (cancelled, or answered free from the ledger)", () => {
    expect(declinedWhole({ approval: "rejected", total: 5, cancelled: 4, cached: 1 })).toBe(true);
    expect(declinedWhole({ approval: "rejected", total: 5, cancelled: 1, cached: 1 })).toBe(false);
    expect(declinedWhole({ approval: "approved", total: 5, cancelled: 5, cached: 0 })).toBe(false);
  });

  it("counts as sent neither the people still held nor those answered free", () => {
    expect(sentPeople({ approval: "pending", total: 10, cancelled: 1, cached: 2, held: 3 })).toBe(4);
    expect(sentPeople({ approval: "pending", total: 3, cancelled: 0, cached: 0, held: 3 })).toBe(0);
  });
});
