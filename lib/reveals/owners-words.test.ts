import { describe, expect, it } from "vitest";
import { inOwnersWords } from "./owners-words";

describe("a held list's note, for its owner", () => {
  it("says 'your' where it named the owner, and leaves other names alone", () => {
    const owner = "Sam Rivera (SDR)";
    expect(inOwnersWords(`This list could cost up to 40 credits, but ${owner}'s daily budget has 10 left (…).`, owner)).toBe(
      "This list could cost up to 40 credits, but your daily budget has 10 left (…).",
    );
    expect(inOwnersWords(`Now: ${owner}'s budgets can all take it; it still waits for an approval to be sent.`, owner)).toBe(
      "Now: your budgets can all take it; it still waits for an approval to be sent.",
    );
    expect(inOwnersWords(`… (…). ${owner}'s daily budget is short too (38 left).`, owner)).toBe("… (…). Your daily budget is short too (38 left).");
    expect(inOwnersWords("… but the team's monthly budget has 5 left; Jordan Park (SDR)'s reveal was stopped.", owner)).toBe(
      "… but the team's monthly budget has 5 left; Jordan Park (SDR)'s reveal was stopped.",
    );
  });
});
