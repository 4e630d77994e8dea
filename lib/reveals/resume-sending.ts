import type { Db } from "@/db/client";
import type { CloduraClient } from "@/lib/clodura/client";
import { readBalance } from "@/lib/credits/balance";
import type { SessionUser } from "@/lib/auth/roles";
import { recordAudit } from "@/lib/credits/audit";
import type { QueuePause } from "@/lib/settings/definitions";
import { getQueuePause, refillSandbox, resumeQueue } from "./queue-pause";

/**
 * An admin resumes sending. Credits were just added (in Clodura's account, or, in sandbox mode, by the refill here):
 * a balance reading taken while nothing is being sent yet (after the refill, before the queue moves) closes the
 * interval that holds the top-up, so it is not netted against spend into a false drift. A reading that fails changes
 * nothing: sending resumes all the same.
 */
export async function resumeSending(db: Db, client: CloduraClient, { sandboxMode, by }: { sandboxMode: boolean; by?: SessionUser }): Promise<void> {
  if (sandboxMode) {
    // The reading before the refill closes the interval of spend; the one after it opens a clean one.
    await readBalance(db, client).catch(() => null);
    refillSandbox(db);
  }
  await readBalance(db, client).catch(() => null);
  const now = Date.now();
  // Read and cleared with nothing in between: of two admins resuming at once, only the one who ended the pause records it.
  const pause = getQueuePause(db);
  resumeQueue(db, now);
  // Who let sending go on, after how long and why it stopped: a pause stalls every SDR's lists.
  if (pause && by) {
    recordAudit(db, { actorId: by.id, action: "queue.resumed", subject: "queue", summary: resumedSummary(pause, now), detail: { pausedAt: pause.at, status: pause.status, message: pause.message }, at: new Date(now) });
  }
}

function resumedSummary(pause: QueuePause, now: number): string {
  const minutes = Math.max(1, Math.round((now - pause.at) / 60_000));
  const paused = minutes < 60 ? `${minutes} min` : `${Math.floor(minutes / 60)} h ${minutes % 60} min`;
  return `Resumed sending to Clodura after ${paused} paused: "${pause.message}"`;
}
