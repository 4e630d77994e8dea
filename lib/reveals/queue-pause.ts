import type { Db } from "@/db/client";
import type { CloduraFailure } from "@/lib/clodura/types";
import { publishEvent } from "@/lib/events/bus";
import type { QueuePause } from "@/lib/settings/definitions";
import { getSetting, setSetting } from "@/lib/settings/settings";

export function getQueuePause(db: Db): QueuePause | null {
  return getSetting(db, "queuePause");
}

/** 401/402/403 are account problems: stop sending until an admin has fixed them, and keep the queue intact. */
export function pauseQueue(db: Db, failure: Extract<CloduraFailure, { kind: "pause" }>, now = Date.now()): void {
  setSetting(db, "queuePause", { status: failure.status, message: failure.message, at: now });
  publishEvent({ type: "queue.changed" });
}

export function resumeQueue(db: Db, options: { refillSandbox: boolean }): void {
  setSetting(db, "queuePause", null);
  if (options.refillSandbox) setSetting(db, "sandboxBalance", 5_000);
  publishEvent({ type: "queue.changed" });
}
