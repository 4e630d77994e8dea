import { describe, expect, it } from "vitest";
import { signInError } from "./sign-in-error";

describe("what the sign-in form says", () => {
  it("names an email's lock and how long it has left", () => {
    const locked = signInError("TooManyAttempts:42");
    expect(locked).toMatchObject({ message: "Too many wrong passwords for this email. Try again in 42 seconds.", lock: { seconds: 42 } });
    expect(locked.lock!.say(60)).toBe("Too many wrong passwords for this email. Try again in 60 seconds.");
    expect(locked.lock!.say(1)).toBe("Too many wrong passwords for this email. Try again in 1 second.");
    expect(signInError("TooManyAttempts").lock?.seconds).toBe(60);
  });

  it("names a network's lock apart, in whole minutes rounded up, then seconds in its last minute", () => {
    const locked = signInError("TooManyFromHere:400");
    expect(locked.lock?.seconds).toBe(400);
    expect(locked.message).toBe("Too many wrong passwords from this network. Try again in 7 minutes, or on a browser you have signed in on before.");
    expect(locked.lock!.say(600)).toContain("Try again in 10 minutes,");
    expect(locked.lock!.say(61)).toContain("Try again in 2 minutes,");
    expect(locked.lock!.say(60)).toContain("Try again in 60 seconds,");
    expect(locked.lock!.say(1)).toContain("Try again in 1 second,");
    expect(signInError("TooManyFromHere").lock?.seconds).toBe(600);
  });

  it("warns before the last try, and says something for an error it does not know", () => {
    expect(signInError("LastTryBeforeLock").message).toContain("One more wrong password locks this email for a minute.");
    expect(signInError("CredentialsSignin")).toEqual({ message: expect.stringContaining("don't match an account"), lock: null });
    expect(signInError("TooManyAttempts:x").message).toBe("Sign-in failed. Try again in a moment.");
    expect(signInError("TooManyFromHere:").message).toBe("Sign-in failed. Try again in a moment.");
    expect(signInError("toString").message).toBe("Sign-in failed. Try again in a moment.");
    expect(signInError(undefined).message).toBe("Sign-in failed. Try again in a moment.");
  });
});
