import { describe, expect, it } from "vitest";
import { clearSignInAttempts, SIGN_IN_LAST_TRY, takeSignInAttempt, wrongPasswordError } from "./sign-in-throttle";

const freshEmail = (name: string) => `${name}-${Math.random()}@example.com`;

describe("sign-in throttle", () => {
  it("allows five tries without a success, then locks the email for a minute, then lets it try again", () => {
    const email = freshEmail("throttle");
    for (let attempt = 1; attempt <= 5; attempt += 1) expect(takeSignInAttempt(email, 1_000), `try ${attempt}`).toBe(true);
    expect(takeSignInAttempt(email, 1_000)).toBe(false);
    expect(takeSignInAttempt(email, 60_999)).toBe(false);
    expect(takeSignInAttempt(email, 61_001)).toBe(true);
    for (let attempt = 2; attempt <= 5; attempt += 1) expect(takeSignInAttempt(email, 61_001)).toBe(true);
    expect(takeSignInAttempt(email, 61_001)).toBe(false);
  });

  it("counts tries taken together, before any password is checked: the sixth parallel guess is refused", () => {
    const email = freshEmail("parallel");
    const taken = Array.from({ length: 100 }, () => takeSignInAttempt(email, 0));
    expect(taken.filter(Boolean)).toHaveLength(5);
  });

  it("starts again after a right password, and keeps emails apart", () => {
    const [a, b] = [freshEmail("a"), freshEmail("b")];
    for (let attempt = 0; attempt < 5; attempt += 1) takeSignInAttempt(a, 0);
    expect(takeSignInAttempt(a, 0)).toBe(false);
    expect(takeSignInAttempt(b, 0)).toBe(true);
    clearSignInAttempts(a);
    expect(takeSignInAttempt(a, 0)).toBe(true);
  });

  it("forgets emails tried long ago once it remembers many, so guesses at made-up emails cannot fill memory", () => {
    const old = freshEmail("old");
    takeSignInAttempt(old, 0);
    for (let i = 0; i < 10_000; i += 1) takeSignInAttempt(freshEmail(`spray-${i}`), 0);
    // An hour later the next try sweeps: the old email's one try is forgotten, so it has five again.
    const later = 60 * 60_000 + 1;
    for (let attempt = 1; attempt <= 5; attempt += 1) expect(takeSignInAttempt(old, later)).toBe(true);
    expect(takeSignInAttempt(old, later)).toBe(false);
  });

  it("says after the fourth wrong password that one try is left, and after the fifth how long the lock lasts", () => {
    const email = freshEmail("warned");
    const wrong = (now: number) => {
      takeSignInAttempt(email, now);
      return wrongPasswordError(email, now);
    };
    expect([wrong(0), wrong(0), wrong(0)]).toEqual([null, null, null]);
    expect(wrong(0)).toBe(SIGN_IN_LAST_TRY);
    expect(wrong(1_000)).toBe("TooManyAttempts:60");
    expect(wrongPasswordError(email, 59_500)).toBe("TooManyAttempts:2");
    expect(wrongPasswordError(freshEmail("never-tried"), 0)).toBeNull();
  });
});
