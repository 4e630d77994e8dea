import { describe, expect, it } from "vitest";
import { formatDuration } from "./format-duration";

describe("formatDuration", () => {
  it("rounds a wait to the unit a rep plans by", () => {
    expect([0, 59_999, 60_000, 89_000, 6 * 60_000 + 20_000, 89 * 60_000].map(formatDuration)).toEqual([
      "under a minute",
      "under a minute",
      "about 1 minute",
      "about 1 minute",
      "about 6 minutes",
      "about 89 minutes",
    ]);
    expect([90 * 60_000, 5.4 * 3_600_000, 35 * 3_600_000].map(formatDuration)).toEqual(["about 2 hours", "about 5 hours", "about 35 hours"]);
    expect([36 * 3_600_000, 50 * 86_400_000].map(formatDuration)).toEqual(["about 2 days", "about 50 days"]);
  });
});
