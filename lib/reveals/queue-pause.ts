import type { Db } from "@/db/client";
import type { CloduraFailure } from "@/lib/clodura/types";
import { publishEvent } from "@/lib/events/bus";
import type { QueuePause } from "@/lib/settings/definitions";
import { getSetting, setSetting } from "@/lib/settings/settings";
import { RAN_OUT_PAUSE } from "./ran-out-of-credits";

export function getQueuePause(db: Db): QueuePause | null {
  return getSetting(db, "queuePause");
}

/** 401/402/403 are account problems: stop sending until an admin has fixed them, and keep the queue intact. */
export function pauseQueue(db: Db, failure: Extract<CloduraFailure, { kind: "pause" }>, now = Date.now()): void {
  setSetting(db, "queuePause", { status: failure.status, message: failure.message, at: now });
  publishEvent({ type: "queue.changed" });
}

export function resumeQueue(db: Db, now = Date.now()): void {
  setSetting(db, "queuePause", null);
  setSetting(db, "queueResumedAt", now);
  publishEvent({ type: "queue.changed" });
}

/** The simulated account's top-up: it accepts requests again, with at least its starting balance. */
export function refillSandbox(db: Db): void {
  setSetting(db, "sandboxAccountEmpty", false);
  setSetting(db, "sandboxBalance", Math.max(getSetting(db, "sandboxBalance"), 5_000));
}

/**
 * A provider said "Insufficient Credits": the account is empty, and every reveal sent now would come back unfinished
 * too, so sending pauses as it does on a 402. Not for a request sent before an admin last resumed: its answer tells
 * of the account as it was then.
 */
export function pauseForEmptyAccount(db: Db, sentAt: number, now: number): void {
  const resumedAt = getSetting(db, "queueResumedAt");
  if (resumedAt !== null && sentAt <= resumedAt) return;
  pauseQueue(db, { kind: "pause", status: 402, message: RAN_OUT_PAUSE }, now);
}
