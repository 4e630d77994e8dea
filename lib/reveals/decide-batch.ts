import { and, eq, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { batches, reveals, users } from "@/db/schema";
import { estimateCost } from "@/lib/credits/estimate";
import { changeEstimate } from "./batch-estimate";
import { recordAudit } from "@/lib/credits/audit";
import { AppError } from "@/lib/errors";
import { getSetting } from "@/lib/settings/settings";
import { alreadyDecided, type EarlierDecision } from "./already-decided";
import { publishEvent } from "@/lib/events/bus";
import { mayApprove, OWN_LIST_NOTE } from "./approval-rule";
import { batchLabel, type BatchNaming } from "./batch-label";
import { batchNamingColumns } from "./batch-naming-columns";
import { detachFrom } from "./big-batch-lifecycle";
import { findLedgerHits } from "./ledger";

export type BatchDecision = "approve" | "reject";
const CHUNK = 500;

/**
 * A manager's decision on a batch held over budget, in one IMMEDIATE transaction. Approving re-checks the ledger first:
 * a person a teammate revealed (or started revealing) while the batch waited is answered from that reveal, not paid twice.
 */
export function decideBatch(db: Db, input: { batchId: string; actorId: string; decision: BatchDecision; note?: string | null }, now = new Date()) {
  const result = db.transaction(
    () => {
      const batch = db
        .select({
          approval: batches.approval,
          createdBy: users.name,
          createdById: batches.createdBy,
          ownerDisabled: sql<boolean>`${users.disabledAt} IS NOT NULL`,
          total: batches.total,
          viaPartners: batches.viaPartners,
          naming: batchNamingColumns,
        })
        .from(batches)
        .innerJoin(users, eq(users.id, batches.createdBy))
        .where(and(eq(batches.id, input.batchId), eq(batches.creating, false)))
        .get();
      if (!batch) throw new AppError("not_found", "This batch does not exist.");
      if (batch.approval !== "pending") throw decidedBefore(db, input.batchId, now);
      const actor = db.select({ id: users.id, role: users.role }).from(users).where(eq(users.id, input.actorId)).get();
      if (input.decision === "approve" && !(actor && mayApprove(actor, batch.createdById))) throw new AppError("forbidden", `${OWN_LIST_NOTE} You can reject it.`);
      if (input.decision === "approve" && batch.ownerDisabled) {
        throw new AppError("conflict", `${batch.createdBy}'s account is disabled, so their list is not sent: reject it, or enable ${batch.createdBy} on Team first.`);
      }
      const held = db
        .select({ id: reveals.id, contactId: reveals.contactId })
        .from(reveals)
        .where(and(eq(reveals.batchId, input.batchId), eq(reveals.state, "held")))
        .all();
      const byOwner = input.actorId === batch.createdById;
      // Read before the held reveals move on: what the decision was about.
      const { worstCase } = estimateCost(db, { newReveals: held.length, viaPartners: batch.viaPartners });
      const counts = input.decision === "approve" ? releaseHeld(db, held, batch.viaPartners, now) : cancelHeld(db, input.batchId, byOwner, now);
      // Held people a teammate's reveal answers now are free, and rejected ones are never sent: either way the list's
      // estimate no longer counts them.
      changeEstimate(db, input.batchId, input.decision === "approve" ? counts.queued - held.length : -counts.cancelled);
      db.update(batches)
        .set({
          approval: input.decision === "approve" ? "approved" : "rejected",
          decidedBy: input.actorId,
          decidedAt: now,
          decisionNote: input.decision === "reject" ? (input.note ?? null) : null,
        })
        .where(eq(batches.id, input.batchId))
        .run();
      recordAudit(db, {
        actorId: input.actorId,
        action: input.decision === "approve" ? "batch.approved" : "batch.rejected",
        subject: input.batchId,
        summary: `${decisionSummary(input.decision, byOwner, { ...batch, held: held.length, worstCase })}${input.decision === "reject" && input.note ? `: "${input.note}"` : ""}`,
        detail: { batchId: input.batchId, worstCase, ...counts, ...(input.decision === "reject" && input.note ? { note: input.note } : {}) },
        at: now,
      });
      return counts;
    },
    { behavior: "immediate" },
  );
  publishEvent({ type: "batch.updated", batchId: input.batchId });
  publishEvent({ type: "queue.changed" });
  return result;
}

/** The refusal of a second decision: by whom and when the first was made (in the team's time zone; the browser rewords it in its own). */
export function decidedBefore(db: Db, batchId: string, now: Date): AppError {
  const decided = db
    .select({ approval: batches.approval, createdBy: batches.createdBy, decidedBy: batches.decidedBy, by: users.name, at: batches.decidedAt })
    .from(batches)
    .leftJoin(users, eq(users.id, batches.decidedBy))
    .where(eq(batches.id, batchId))
    .get()!;
  if (decided.approval === "none") return new AppError("conflict", "This list was sent without needing approval: there is nothing to decide.");
  if (decided.approval === "pending" || decided.by === null || decided.at === null) return new AppError("conflict", `This list was already ${decided.approval}.`);
  const earlierDecision: EarlierDecision = { state: decided.approval, withdrawn: decided.approval === "rejected" && decided.decidedBy === decided.createdBy, by: decided.by, at: decided.at.getTime() };
  return new AppError("conflict", alreadyDecided(earlierDecision, { timeZone: getSetting(db, "timeZone"), now }), { earlierDecision });
}

function releaseHeld(db: Db, held: { id: string; contactId: string }[], askPartners: boolean, now: Date) {
  const counts = { queued: 0, cached: 0, attached: 0, cancelled: 0 };
  for (let start = 0; start < held.length; start += CHUNK) {
    const chunk = held.slice(start, start + CHUNK);
    const hits = findLedgerHits(db, chunk.map((reveal) => reveal.contactId), now.getTime(), undefined, askPartners);
    for (const reveal of chunk) {
      const hit = hits.get(reveal.contactId);
      if (hit) counts[hit.kind === "fresh" ? "cached" : "attached"] += 1;
      else counts.queued += 1;
      db.update(reveals)
        .set(
          hit
            ? { state: "cached", sourceRevealId: hit.revealId, completedAt: hit.kind === "fresh" ? now : null, updatedAt: now }
            : { state: "queued", nextAttemptAt: now, updatedAt: now },
        )
        .where(and(eq(reveals.id, reveal.id), eq(reveals.state, "held")))
        .run();
    }
  }
  return counts;
}

const NOT_SENT_NOTE = {
  withdrawn: { errorCode: "withdrawn", errorMessage: "Withdrawn by its sender before it was sent: nothing was charged." },
  rejected: { errorCode: "not_approved", errorMessage: "A manager rejected this list, so nothing was sent or charged." },
};

function cancelHeld(db: Db, batchId: string, byOwner: boolean, now: Date) {
  const notApproved = { state: "cancelled" as const, completedAt: now, updatedAt: now, ...NOT_SENT_NOTE[byOwner ? "withdrawn" : "rejected"] };
  const cancelled = db
    .update(reveals)
    .set(notApproved)
    .where(and(eq(reveals.batchId, batchId), eq(reveals.state, "held")))
    .run().changes;
  cancelOwnAttached(db, batchId, notApproved);
  // Teammates' reveals that came to wait on these (freed from a stopped reveal) are answered another way.
  detachFrom(db, batchId, now.getTime(), "cancelled", "was not sent after all");
  return { queued: 0, cached: 0, attached: 0, cancelled };
}

/** A line of this batch attached to another of its own that was just cancelled (one person by URL and by personId) goes with it. */
export function cancelOwnAttached(db: Db, batchId: string, cancelled: Partial<typeof reveals.$inferInsert>): void {
  db.update(reveals)
    .set(cancelled)
    .where(and(eq(reveals.batchId, batchId), eq(reveals.state, "cached"), sql`${reveals.sourceRevealId} IN (SELECT id FROM reveals WHERE batch_id = ${batchId} AND state = 'cancelled')`))
    .run();
}

/**
 * "Approved Sam Rivera's batch "Acme webinar" of 3 people (3 on hold, worst case 60 credits)"; an owner's withdrawal
 * reads "Withdrew their own…". The list is named as the pages name it, so the history says which one; the worst case
 * is of the reveals held (a running list holds only people freed into it).
 */
function decisionSummary(decision: BatchDecision, byOwner: boolean, batch: { createdBy: string; total: number; held: number; worstCase: number; naming: BatchNaming }): string {
  const whose = byOwner ? "their own" : `${batch.createdBy}'s`;
  const verb = decision === "approve" ? "Approved" : byOwner ? "Withdrew" : "Rejected";
  const people = `${batch.total.toLocaleString("en")} ${batch.total === 1 ? "person" : "people"}`;
  return `${verb} ${whose} batch "${batchLabel(batch.naming)}" of ${people} (${batch.held.toLocaleString("en")} on hold, worst case ${batch.worstCase.toLocaleString("en")} credits)`;
}
