import type { Db } from "@/db/client";
import { changeEstimate } from "./batch-estimate";
import { announceFreed, ATTACHED_COLUMNS, freeAttached, type AttachedReveal } from "./free-attached";
import { leaveStoppedToWebhooks, NOT_TAKEN_BY_CLODURA } from "./may-have-arrived";
import type { RevealState } from "./state-machine";
import { stoppedMessage } from "./stop-audit";

/**
 * A send on the wire when its list was stopped (or its owner disabled) came back to the queue (Clodura refused it, or
 * paused sending): the stop had passed it by, so it is settled as the stop settles a queued reveal, or it would be sent
 * after the stop (or wait, never sent, in a disabled person's name).
 * Cancelled if Clodura never took it (teammates attached to it get their own), else left to its webhook. Returns the
 * state it is in now.
 */
export function settleStoppedRetry(db: Db, revealId: string, now: number): RevealState {
  const { state, freed } = db.transaction(
    () => {
      const row = db.$client
        .prepare(
          `SELECT r.batch_id AS batchId, r.state, b.stopped_at IS NOT NULL AS stopped, stopper.name AS stopper, b.created_by AS ownerId,
                  owner.disabled_at IS NOT NULL AS ownerDisabled, owner.name AS owner
             FROM reveals AS r JOIN batches AS b ON b.id = r.batch_id JOIN users AS owner ON owner.id = r.requested_by
             LEFT JOIN users AS stopper ON stopper.id = b.stopped_by WHERE r.id = ?`,
        )
        .get(revealId) as { batchId: string; state: RevealState; stopped: number; stopper: string | null; ownerId: string; ownerDisabled: number; owner: string } | undefined;
      // A disabled person's list counts as stopped, marked or not (disabling stops only lists with a reveal queued).
      if (!row || !(row.stopped || row.ownerDisabled) || row.state !== "queued") return { state: row?.state ?? "queued", freed: [] as string[] };
      const message = row.stopped ? stoppedMessage(row.stopper ?? "a teammate") : `Not sent: ${row.owner}'s account was disabled while it was on its way. Nothing charged.`;
      const cancelled = db.$client
        .prepare(
          `UPDATE reveals SET state = 'cancelled', completed_at = ?, updated_at = ?, error_code = 'stopped', error_message = ?, lease_owner = NULL, lease_until = NULL
            WHERE id = ? AND state = 'queued' AND ${NOT_TAKEN_BY_CLODURA}`,
        )
        .run(now, now, message, revealId).changes;
      if (cancelled === 0) {
        leaveStoppedToWebhooks(db, row.batchId, now);
        return { state: "awaiting" as const, freed: [] };
      }
      // Disabling marks only lists with a reveal queued: this one is marked now, as if it had been, so the list says
      // who stopped it and offers its owner, enabled again, to send the person again.
      if (!row.stopped) markStoppedByDisabling(db, row.batchId, row.ownerId, now);
      changeEstimate(db, row.batchId, -1);
      const attached = db.$client
        .prepare(`SELECT ${ATTACHED_COLUMNS} FROM reveals AS r JOIN batches AS b ON b.id = r.batch_id WHERE r.source_reveal_id = ? AND r.state = 'cached' ORDER BY pending, r.rowid`)
        .all(revealId) as AttachedReveal[];
      return { state: "cancelled" as const, freed: freeAttached(db, attached, now, row.batchId) };
    },
    { behavior: "immediate" },
  );
  announceFreed(freed);
  return state;
}

/** Stopped by whoever disabled the owner last (the audit says), at the moment the refusal came back. */
function markStoppedByDisabling(db: Db, batchId: string, ownerId: string, now: number): void {
  db.$client
    .prepare(
      `UPDATE batches SET stopped_at = ?, stopped_by = (SELECT actor_id FROM audit_log WHERE action = 'user.changed' AND subject = ?
                                                          AND json_extract(detail, '$.disabled') = 1 ORDER BY created_at DESC LIMIT 1)
        WHERE id = ? AND stopped_at IS NULL`,
    )
    .run(now, ownerId, batchId);
}
