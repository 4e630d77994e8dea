import { describe, expect, it } from "vitest";
import { signInError } from "./sign-in-error";

describe("what the sign-in form says", () => {
  it("names a lock and how long it has left", () => {
    const locked = signInError("TooManyAttempts:42");
    expect(locked.lock).toMatchObject({ seconds: 42, onEmail: true });
    expect(locked.lock!.say(1)).toBe("Too many wrong passwords for this email. Try again in 1 second.");
    expect(signInError("TooManyAttempts").lock?.seconds).toBe(60);
    const paused = signInError("NewBrowsersPaused:540");
    expect(paused.lock).toMatchObject({ seconds: 540, onEmail: false });
    expect(paused.lock!.say(540)).toBe("Too many wrong passwords from browsers new to Reveal Desk. Try again in 540 seconds, or from a browser you have signed in on before.");
  });

  it("warns before the last try, and says something for an error it does not know", () => {
    expect(signInError("LastTryBeforeLock").message).toContain("One more wrong password locks this email for a minute.");
    expect(signInError("CredentialsSignin")).toEqual({ message: expect.stringContaining("don't match an account"), lock: null });
    expect(signInError("TooManyAttempts:x").message).toBe("Sign-in failed. Try again in a moment.");
    expect(signInError(undefined).message).toBe("Sign-in failed. Try again in a moment.");
  });
});
