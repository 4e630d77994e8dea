/** The error code next-auth hands the sign-in form while an email is locked. */
export const SIGN_IN_LOCKED = "TooManyAttempts";

const MAX_FAILURES = 5;
const LOCK_MS = 60_000;

type Failures = { count: number; lockedUntil: number };
const globalForThrottle = globalThis as unknown as { revealDeskSignInFailures?: Map<string, Failures> };

function failures(): Map<string, Failures> {
  globalForThrottle.revealDeskSignInFailures ??= new Map();
  return globalForThrottle.revealDeskSignInFailures;
}

/** After five wrong passwords an email is locked for a minute, which makes guessing passwords impractically slow. */
export function isSignInLocked(email: string, now = Date.now()): boolean {
  return (failures().get(email)?.lockedUntil ?? 0) > now;
}

export function recordSignInFailure(email: string, now = Date.now()): void {
  const current = failures().get(email);
  const count = current && current.lockedUntil <= now && current.count >= MAX_FAILURES ? 1 : (current?.count ?? 0) + 1;
  failures().set(email, { count, lockedUntil: count >= MAX_FAILURES ? now + LOCK_MS : 0 });
}

export function clearSignInFailures(email: string): void {
  failures().delete(email);
}
