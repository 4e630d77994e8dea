import type { Db } from "@/db/client";
import type { CloduraFailure } from "@/lib/clodura/types";
import { getSetting, setSetting } from "@/lib/settings/settings";

/**
 * A 429 is about the whole account, not the one request that got it: every send and track poll waits until Clodura's
 * Retry-After (or the request's backoff) has passed. Kept in the database, so every process sharing it waits too.
 */
export function backOffOnRateLimit(db: Db, failure: CloduraFailure, delayMs: number, now: number): void {
  if (failure.kind !== "retry" || failure.status !== 429) return;
  const until = now + delayMs;
  if (until > (getSetting(db, "rateLimitedUntil") ?? 0)) setSetting(db, "rateLimitedUntil", until);
}

/** When the account may be sent to again, or null when it may be now. */
export function rateLimitedUntil(db: Db, now: number): number | null {
  const until = getSetting(db, "rateLimitedUntil");
  return until !== null && until > now ? until : null;
}
