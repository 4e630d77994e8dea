import { describe, expect, it } from "vitest";
import { retryDelayMs, trackPollDelayMs } from "./backoff";

const lowest = () => 0;
const highest = () => 0.999_999;
const middle = () => 0.5;

describe("retryDelayMs", () => {
  it("doubles its ceiling per attempt, with full jitter between half and all of it", () => {
    expect(retryDelayMs(1, null, lowest)).toBe(500);
    expect(retryDelayMs(1, null, highest)).toBe(1_000);
    expect(retryDelayMs(2, null, lowest)).toBe(1_000);
    expect(retryDelayMs(2, null, highest)).toBe(2_000);
    expect(retryDelayMs(3, null, middle)).toBe(3_000);
  });

  it("stays within [ceiling / 2, ceiling] for any random value, and never above 60 s", () => {
    for (let attempt = 1; attempt <= 20; attempt += 1) {
      const ceiling = Math.min(60_000, 1_000 * 2 ** (attempt - 1));
      for (const value of [0, 0.1, 0.25, 0.5, 0.75, 0.9, 0.999_999]) {
        const delay = retryDelayMs(attempt, null, () => value);
        expect(delay, `attempt ${attempt}, random ${value}`).toBeGreaterThanOrEqual(ceiling / 2);
        expect(delay).toBeLessThanOrEqual(ceiling);
      }
    }
    expect(retryDelayMs(50, null, highest)).toBe(60_000);
  });

  it("treats attempt 0 or less like the first attempt", () => {
    expect(retryDelayMs(0, null, highest)).toBe(1_000);
    expect(retryDelayMs(-3, null, lowest)).toBe(500);
  });

  it("never retries sooner than Retry-After, even beyond the cap", () => {
    expect(retryDelayMs(1, 1_000, lowest)).toBe(1_000);
    expect(retryDelayMs(1, 30_000, highest)).toBe(30_000);
    expect(retryDelayMs(20, 120_000, highest)).toBe(120_000);
  });

  it("keeps its own backoff when Retry-After asks for less", () => {
    expect(retryDelayMs(4, 1_000, lowest)).toBe(4_000);
    expect(retryDelayMs(1, 0, highest)).toBe(1_000);
  });

  it("uses Math.random when no random source is given, within the same bounds", () => {
    for (let i = 0; i < 50; i += 1) {
      const delay = retryDelayMs(3, null);
      expect(delay).toBeGreaterThanOrEqual(2_000);
      expect(delay).toBeLessThanOrEqual(4_000);
    }
  });
});

describe("trackPollDelayMs", () => {
  it("starts at the reconcile delay (at least 5 s) and doubles per poll", () => {
    expect(trackPollDelayMs(0, 60_000)).toBe(60_000);
    expect(trackPollDelayMs(1, 60_000)).toBe(120_000);
    expect(trackPollDelayMs(0, 0)).toBe(5_000);
    expect(trackPollDelayMs(2, 1_000)).toBe(20_000);
  });

  it("polls at most every 10 minutes", () => {
    expect(trackPollDelayMs(4, 60_000)).toBe(600_000);
    expect(trackPollDelayMs(30, 60_000)).toBe(600_000);
  });
});
