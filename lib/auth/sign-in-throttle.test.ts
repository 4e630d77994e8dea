import { describe, expect, it } from "vitest";
import { clearSignInFailures, isSignInLocked, recordSignInFailure } from "./sign-in-throttle";

describe("sign-in throttle", () => {
  it("locks an email for a minute after five failures, then lets it try again", () => {
    const email = `throttle-${Math.random()}@example.com`;
    for (let attempt = 1; attempt <= 4; attempt += 1) {
      recordSignInFailure(email, 1_000);
      expect(isSignInLocked(email, 1_000), `after ${attempt}`).toBe(false);
    }
    recordSignInFailure(email, 1_000);
    expect(isSignInLocked(email, 1_000)).toBe(true);
    expect(isSignInLocked(email, 60_999)).toBe(true);
    expect(isSignInLocked(email, 61_001)).toBe(false);
    recordSignInFailure(email, 61_001);
    expect(isSignInLocked(email, 61_001)).toBe(false);
  });

  it("forgets failures after a successful sign-in, and keeps emails apart", () => {
    const [a, b] = [`a-${Math.random()}@example.com`, `b-${Math.random()}@example.com`];
    for (let attempt = 0; attempt < 5; attempt += 1) recordSignInFailure(a, 0);
    expect(isSignInLocked(a, 0)).toBe(true);
    expect(isSignInLocked(b, 0)).toBe(false);
    clearSignInFailures(a);
    expect(isSignInLocked(a, 0)).toBe(false);
  });
});
