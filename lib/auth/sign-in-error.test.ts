import { describe, expect, it } from "vitest";
import { signInError } from "./sign-in-error";

describe("what the sign-in form says", () => {
  it("names a lock and how long it has left", () => {
    expect(signInError("TooManyAttempts:42")).toEqual({ message: "Too many wrong passwords for this email.", lockedSeconds: 42 });
    expect(signInError("TooManyAttempts").lockedSeconds).toBe(60);
  });

  it("warns before the last try, and says something for an error it does not know", () => {
    expect(signInError("LastTryBeforeLock").message).toContain("One more wrong password locks this email for a minute.");
    expect(signInError("CredentialsSignin")).toEqual({ message: expect.stringContaining("don't match an account"), lockedSeconds: null });
    expect(signInError("TooManyAttempts:x").message).toBe("Sign-in failed. Try again in a moment.");
    expect(signInError(undefined).message).toBe("Sign-in failed. Try again in a moment.");
  });
});
