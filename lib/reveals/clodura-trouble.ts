import type { Db } from "@/db/client";
import { processState } from "@/lib/server/process-state";

/** Tries in a row that Clodura did not take before the team is told: one 503 now and then is normal, and retried. */
export const TROUBLE_AFTER_FAILURES = 3;

/** Past this since the last try Clodura did not take, it says nothing of now (tries are at most a minute apart). */
export const TROUBLE_STALE_MS = 5 * 60_000;

export type CloduraTrouble = { since: number; lastAt: number; failures: number; cause: string };

// Written by the dispatcher, read by the queue status route.
const troubles = processState("revealDeskCloduraTrouble", () => new WeakMap<object, CloduraTrouble>());

/** A try Clodura did not take and that will be tried again (a 5xx, a 429, a timeout): counted until one is taken. */
export function noteRetriedFailure(db: Db, cause: string, at: number): void {
  const now = troubles.get(db.$client);
  troubles.set(db.$client, { since: now?.since ?? at, lastAt: at, failures: (now?.failures ?? 0) + 1, cause });
}

/**
 * Clodura answered a try (with a result, an id to wait on, or a refusal of its own), or nothing is left waiting (the
 * list was stopped, its tries ran out): the next tries count afresh.
 */
export function noteCloduraAnswered(db: Db): void {
  troubles.delete(db.$client);
}

/** Clodura has not taken the last few tries, lately: since when, how many, and what went wrong last; else null. */
export function cloduraTrouble(db: Db, now = Date.now()): CloduraTrouble | null {
  const trouble = troubles.get(db.$client);
  return trouble && trouble.failures >= TROUBLE_AFTER_FAILURES && now - trouble.lastAt <= TROUBLE_STALE_MS ? trouble : null;
}
