import { processState } from "@/lib/server/process-state";

/** The error code next-auth hands the sign-in form while an email is locked, as `TooManyAttempts:<seconds left>`. */
export const SIGN_IN_LOCKED = "TooManyAttempts";
/** A wrong password with one try left before the lock. */
export const SIGN_IN_LAST_TRY = "LastTryBeforeLock";

const MAX_ATTEMPTS = 5;
const LOCK_MS = 60_000;
/** Emails tried this long ago with no lock left are forgotten once the map grows past `MAX_REMEMBERED`. */
const FORGET_AFTER_MS = 60 * 60_000;
const MAX_REMEMBERED = 10_000;

type Attempts = { count: number; lockedUntil: number; lastAt: number };
function attempts(): Map<string, Attempts> {
  return processState("revealDeskSignInAttempts", () => new Map<string, Attempts>());
}

/**
 * Takes one of an email's five tries before its password is checked, or returns false while it is locked (for a
 * minute after the fifth try without a success). `email` may also be an email on one known browser, whose tries are
 * counted apart from strangers'. Taken before the slow password check, not after it fails: guesses
 * sent in parallel would otherwise all pass the check at once.
 */
export function takeSignInAttempt(email: string, now = Date.now()): boolean {
  forgetOldEmails(now);
  const current = attempts().get(email);
  if (current && current.lockedUntil > now) return false;
  const count = current && current.lockedUntil === 0 ? current.count + 1 : 1;
  attempts().set(email, { count, lockedUntil: count >= MAX_ATTEMPTS ? now + LOCK_MS : 0, lastAt: now });
  return true;
}

/**
 * After a wrong password: the error the form shows, when it is more than "no match" (the lock now on, with its seconds
 * left, or one try left before it), else null.
 */
export function wrongPasswordError(email: string, now = Date.now()): string | null {
  const current = attempts().get(email);
  if (!current) return null;
  if (current.lockedUntil > now) return lockedError(email, now);
  return current.count === MAX_ATTEMPTS - 1 ? SIGN_IN_LAST_TRY : null;
}

/** The error for a locked email: its code and the whole seconds until it may try again. */
export function lockedError(email: string, now = Date.now()): string {
  const lockedUntil = attempts().get(email)?.lockedUntil ?? now;
  return `${SIGN_IN_LOCKED}:${Math.max(1, Math.ceil((lockedUntil - now) / 1000))}`;
}

/** A right password: the email's tries start again. */
export function clearSignInAttempts(email: string): void {
  attempts().delete(email);
}

function forgetOldEmails(now: number): void {
  if (attempts().size < MAX_REMEMBERED) return;
  for (const [email, entry] of attempts()) if (entry.lockedUntil <= now && now - entry.lastAt > FORGET_AFTER_MS) attempts().delete(email);
}
