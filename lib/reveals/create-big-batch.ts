import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { batches } from "@/db/schema";
import { nextTurn } from "@/lib/api/next-turn";
import { AppError } from "@/lib/errors";
import { budgetStatus } from "@/lib/credits/budgets";
import { publishEvent } from "@/lib/events/bus";
import { abandonBatch, holdNewReveals, NOT_YET_DUE, releaseInBackground } from "./big-batch-lifecycle";
import { getSetting } from "@/lib/settings/settings";
import { bulkStatements } from "./bulk-statements";
import { answerCoveredInTurns } from "./widened-window";
import { assessBatch, createBatch, createdBatch, insertBatchRow, insertPeople, uniquePeople, type CreateBatchInput, type CreatedBatch, type PeopleCounts } from "./create-batch";

/** Up to this many people a batch is written in one transaction (well under a second); above it, in chunks. */
export const ONE_TRANSACTION_UP_TO = 5_000;
const PEOPLE_PER_CHUNK = 2_000;

/**
 * Creates a batch of any size. A big one is written in short transactions of 2,000 people, letting other requests and
 * webhooks run between them (one transaction for 100k people held the server for seconds). Until the last chunk is in,
 * the batch is `creating`: hidden from every list and page, its new reveals not yet due for the dispatcher (though
 * the ledger already sees them in flight, so a teammate sending the same person attaches to them). If a chunk fails,
 * everything written so far is removed; a crash midway is cleaned up by `recoverBatchCreation`.
 */
export async function createAnyBatch(db: Db, input: CreateBatchInput, now = new Date(), chunkSize = PEOPLE_PER_CHUNK): Promise<CreatedBatch> {
  // Counted before removing repeats: a list this short has at most this many people, and createBatch dedupes it.
  if (input.entries.length <= ONE_TRANSACTION_UP_TO) return createBatch(db, input, now);
  const unique = uniquePeople(input);
  const windowAtStart = getSetting(db, "freshnessDays");
  const batchId = insertBatchRow(db, input, unique.length, now, true);
  const counts: PeopleCounts = { queued: 0, cached: 0, attached: 0 };
  const sql = bulkStatements(db);
  const at = now.getTime();
  try {
    for (let start = 0; start < unique.length; start += chunkSize) {
      if (start > 0) await nextTurn();
      const people = unique.slice(start, start + chunkSize);
      db.transaction(() => insertPeople(db, sql, { batchId, input, people, at, dueAt: NOT_YET_DUE }, counts), { behavior: "immediate" });
    }
    await nextTurn();
    if (ownerDisabled(db, input.requestedBy)) throw new AppError("forbidden", "Your account was disabled while this list was being saved: nothing was sent.");
    countFreedWhileWriting(db, batchId, counts);
    // The budget is read now, not before the chunks: another list written meanwhile is reserved by now, and this
    // batch's own new reveals do not count against it.
    const decision = db.transaction(() => assessBatch(db, input, batchId, counts, budgetStatus(db, input.requestedBy, now, batchId)), { behavior: "immediate" });
    const held = decision.approvalReason ? await holdNewReveals(db, batchId, at) : 0;
    db.update(batches).set({ creating: false }).where(eq(batches.id, batchId)).run();
    if (getSetting(db, "freshnessDays") > windowAtStart) await answerWidenedWhileWriting(db, batchId, counts);
    publishEvent({ type: "queue.changed" });
    if (!decision.approvalReason) releaseInBackground(db, batchId);
    return createdBatch(batchId, unique.length, counts, held, decision);
  } catch (error) {
    abandonBatch(db, batchId, at);
    throw error;
  }
}

/**
 * A wider freshness window saved while the chunks were written answered none of them (a list being written is left
 * alone): the people it covers are answered free now, as a list sent now would be, before any is made due.
 */
async function answerWidenedWhileWriting(db: Db, batchId: string, counts: PeopleCounts): Promise<void> {
  const queuedNow = () => (db.$client.prepare("SELECT count(*) AS n FROM reveals WHERE batch_id = ? AND state = 'queued'").get(batchId) as { n: number }).n;
  const before = queuedNow();
  await answerCoveredInTurns(db, Date.now());
  const answered = before - queuedNow();
  counts.queued -= answered;
  counts.cached += answered;
}

function ownerDisabled(db: Db, userId: string): boolean {
  return db.$client.prepare("SELECT 1 FROM users WHERE id = ? AND disabled_at IS NOT NULL").get(userId) !== undefined;
}

/**
 * Rows attached to a teammate's reveal that was stopped, or ended without what they asked for, while this batch was
 * written became new reveals of its own (`freeAttached` leaves a batch being written to this check): they are paid
 * for, so they count against the budget with the rest.
 */
function countFreedWhileWriting(db: Db, batchId: string, counts: PeopleCounts): void {
  const { queued } = db.$client.prepare("SELECT count(*) AS queued FROM reveals WHERE batch_id = ? AND state = 'queued'").get(batchId) as { queued: number };
  const freed = queued - counts.queued;
  if (freed <= 0) return;
  counts.queued += freed;
  counts.attached = Math.max(0, counts.attached - freed);
}
