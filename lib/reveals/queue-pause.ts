import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { settings } from "@/db/schema";
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
  // settings.value is NOT NULL, so "not paused" is the absent row (the setting's default), not a stored null.
  db.delete(settings).where(eq(settings.key, "queuePause")).run();
  if (options.refillSandbox) setSetting(db, "sandboxBalance", 5_000);
  publishEvent({ type: "queue.changed" });
}
