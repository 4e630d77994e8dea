/** The error code next-auth hands the sign-in form while an email is locked, as `TooManyAttempts:<seconds left>`. */
export const SIGN_IN_LOCKED = "TooManyAttempts";
/** The error code while browsers new to the emails they try are held back, as `TooManyNewSignIns:<seconds left>`. */
export const SIGN_IN_BUSY = "TooManyNewSignIns";
/** A wrong password with one try left before the lock. */
export const SIGN_IN_LAST_TRY = "LastTryBeforeLock";

const MAX_ATTEMPTS = 5;
const LOCK_MS = 60_000;
/** Emails tried this long ago with no lock left are forgotten once the map grows past `MAX_REMEMBERED`. */
const FORGET_AFTER_MS = 60 * 60_000;
const MAX_REMEMBERED = 10_000;

type Attempts = { count: number; lockedUntil: number; lastAt: number };
const globalForThrottle = globalThis as unknown as { revealDeskSignInAttempts?: Map<string, Attempts> };

function attempts(): Map<string, Attempts> {
  globalForThrottle.revealDeskSignInAttempts ??= new Map();
  return globalForThrottle.revealDeskSignInAttempts;
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

// Tries from browsers that never signed in as the email they try, across every email: five guesses a minute at each
// of many emails (password spraying) would pass the per-email lock, and each costs a slow password hash.
const NEW_BROWSER_TRIES_PER_MINUTE = 60;
const globalForNewBrowsers = globalThis as unknown as { revealDeskNewBrowserTries?: number[] };

/**
 * Takes one of the minute's tries shared by every browser new to the email it tries, or returns the seconds until one
 * is free. Browsers that signed in as the email before (known devices) do not take from it, so a spray does not lock
 * the team out.
 */
export function takeNewBrowserAttempt(now = Date.now()): { ok: true } | { ok: false; error: string } {
  const recent = (globalForNewBrowsers.revealDeskNewBrowserTries ?? []).filter((at) => now - at < 60_000);
  globalForNewBrowsers.revealDeskNewBrowserTries = recent;
  if (recent.length >= NEW_BROWSER_TRIES_PER_MINUTE) return { ok: false, error: `${SIGN_IN_BUSY}:${Math.max(1, Math.ceil((recent[0]! + 60_000 - now) / 1000))}` };
  recent.push(now);
  return { ok: true };
}
