import { describe, expect, it } from "vitest";
import { refreshDelayMs } from "./use-batch";

describe("refreshDelayMs", () => {
  it("refreshes small batches quickly and big ones at most every 2.5 s", () => {
    expect(refreshDelayMs(3)).toBe(200);
    expect(refreshDelayMs(10_000)).toBe(250);
    expect(refreshDelayMs(40_000)).toBe(1_000);
    expect(refreshDelayMs(100_000)).toBe(2_500);
    expect(refreshDelayMs(1_000_000)).toBe(2_500);
  });
});
