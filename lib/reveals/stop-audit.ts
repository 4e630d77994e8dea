import type { Db } from "@/db/client";
import { recordAudit } from "@/lib/credits/audit";
import { batchLabel, type BatchNaming } from "./batch-label";

export const stoppedMessage = (stopper: string) => `Stopped by ${stopper} before it was sent: nothing charged.`;

type StopRecord = { batchId: string; naming: BatchNaming; stopperId: string; ownerId: string; owner: string; cancelled: number; at: number; finishedAtStart?: boolean };

/** The history's line for a stop, once it has cancelled what it could; a stop a restart finished says so. */
export function recordStop(db: Db, stop: StopRecord): void {
  const whose = stop.ownerId === stop.stopperId ? "their own" : `${stop.owner}'s`;
  const finished = stop.finishedAtStart ? " (finished when the server started again)" : "";
  recordAudit(db, {
    actorId: stop.stopperId,
    action: "batch.stopped",
    subject: stop.batchId,
    summary: `Stopped ${whose} batch "${batchLabel(stop.naming)}": ${stop.cancelled.toLocaleString("en")} not sent, nothing charged for them${finished}`,
    detail: { batchId: stop.batchId, cancelled: stop.cancelled, ...(stop.finishedAtStart ? { finishedAtStart: true } : {}) },
    at: new Date(stop.at),
  });
}
