import type { Db } from "@/db/client";
import type { Batch } from "@/db/schema";
import type { SessionUser } from "@/lib/auth/roles";
import { MAX_BATCH_NAME } from "./batch-label";
import { onePerBatch } from "./one-per-batch";
import { createAnyBatch } from "./create-big-batch";
import type { BatchEntry, CreatedBatch } from "./create-batch";
import { findVisibleBatch } from "./get-batch";
import { pastedSummary } from "./pasted-summary";
import { sentAgainRefusal } from "./sent-meanwhile";
import { abandonBatch } from "./big-batch-lifecycle";
import { sentAgainByAnother, STILL_UNCLAIMED, stillToSend } from "./resendable";

/** Which of a batch's reveals to send again, and how their rows say where they went. */
export type Resend = {
  /** A condition on `reveals` columns (a constant, never user input). */
  which: string;
  /** The error code and message the old rows get, so they are sent again once; null when `which` itself leaves out the people sent again. */
  mark: ResendMark | null;
  nothingLeft: string;
  /** Added to a named list's name, so the new batch is not taken for the first: "(sent again)". */
  nameSuffix: string;
};

export type ResendMark = {
  /** null: the rows keep their code (a failure's says whether Clodura's late answer is still taken). */
  code: string | null;
  note: (viewer: string) => string;
  /** Which of the rows sent again get it, when not all of them do (a condition on `reveals`, a constant). */
  only?: string;
};

/**
 * Some of a batch's people, as a new batch of the viewer's: through the ledger (a teammate may have revealed them
 * since) and the budgets again, like any list. Only the rows read are marked, so each is sent again exactly once, and
 * each points at the new batch, so the list says where its people went.
 */
export async function resendAsNewBatch(db: Db, batchId: string, viewer: SessionUser, resend: Resend, now = new Date()): Promise<CreatedBatch> {
  const { batch } = findVisibleBatch(db, batchId, viewer);
  return oneResendPerBatch(batchId, () => resendRows(db, batch, viewer, resend, now));
}

/**
 * A big new batch is written in chunks before the rows it sends again are marked: a second press meanwhile (another tab,
 * another of the list's send-again buttons) must not copy them.
 */
const oneResendPerBatch = onePerBatch("This list is already being sent again.");

// The new list, made before the check, is removed again: not one of these people goes twice.
const SENT_MEANWHILE = "These people were sent again meanwhile, from this list or another: nothing was sent twice.";

async function resendRows(db: Db, batch: Batch, viewer: SessionUser, resend: Resend, now: Date): Promise<CreatedBatch> {
  const batchId = batch.id;
  const rows = db.$client
    .prepare(
      `SELECT reveals.id AS revealId, c.key, c.linkedin_url AS linkedinUrl, c.person_id AS personId, c.first_name AS firstName,
              c.last_name AS lastName, c.company, reveals.source_row AS sourceRow, reveals.sent_again_in AS was
         FROM reveals JOIN contacts c ON c.id = reveals.contact_id
        WHERE reveals.batch_id = ? AND ${stillToSend(resend.which)}
        ORDER BY reveals.rowid`,
    )
    .all(batchId) as (BatchEntry & { revealId: string; was: string | null })[];
  if (rows.length === 0) throw sentAgainRefusal(db, batchId, viewer, resend.nothingLeft, now);
  const entries = rows.map(({ revealId: _, was: _was, ...entry }) => entry);
  const created = await createAnyBatch(db, { requestedBy: viewer.id, source: batch.source, viaPartners: batch.viaPartners, fileName: batch.fileName, name: nameAgain(batch, resend.nameSuffix), pastedSummary: batch.source === "paste" ? pastedSummary(entries) : null, entries }, now);
  const sentAgain = JSON.stringify(rows.map((row) => row.revealId));
  const read = JSON.stringify(rows.map((row) => ({ id: row.revealId, was: row.was })));
  let claimed = false;
  try {
    claimed = db.transaction(
      () => {
        const still = db.$client.prepare(STILL_UNCLAIMED).get(read) as { n: number };
        if (still.n < rows.length) return false;
        markSentAgain(db, batch, viewer, resend, sentAgain, created.batchId, now);
        return true;
      },
      { behavior: "immediate" },
    );
  } finally {
    if (!claimed) abandonBatch(db, created.batchId, now.getTime());
  }
  if (!claimed) throw sentAgainRefusal(db, batchId, viewer, SENT_MEANWHILE, now);
  return created;
}

/** Marks the rows read as sent again in the new list, which their rows (and their teammates' attached ones) then follow. */
function markSentAgain(db: Db, batch: Batch, viewer: SessionUser, resend: Resend, sentAgain: string, newBatchId: string, now: Date): void {
  if (resend.mark) {
    db.$client
      .prepare(`UPDATE reveals SET error_code = coalesce(?, error_code), error_message = ?, updated_at = ? WHERE id IN (SELECT value FROM json_each(?)) AND ${resend.mark.only ?? resend.which}`)
      .run(resend.mark.code, resend.mark.note(viewer.name), now.getTime(), sentAgain);
  }
  db.$client.prepare("UPDATE reveals SET sent_again_in = ?, updated_at = ? WHERE id IN (SELECT value FROM json_each(?))").run(newBatchId, now.getTime(), sentAgain);
  followNewReveals(db, sentAgain, newBatchId, now.getTime());
  if (viewer.id !== batch.createdBy) followResend(db, sentAgain, newBatchId, now.getTime());
}

/** "Berlin trade fair (sent again)": a named list's or a file's name, marked once however often it is sent again. */
function nameAgain(batch: { name: string | null; fileName: string | null }, suffix: string): string | null {
  const given = batch.name ?? batch.fileName;
  if (given === null) return null;
  const base = given.endsWith(` ${suffix}`) ? given.slice(0, -suffix.length - 1) : given;
  return `${base.slice(0, MAX_BATCH_NAME - suffix.length - 1).trimEnd()} ${suffix}`;
}

/** A new reveal that answers the rows attached to it: in flight, or answered by the ledger (held ones are not followed). */
const FOLLOWED = "(n.state IN ('queued', 'dispatching', 'awaiting') OR (n.state = 'cached' AND n.source_reveal_id IS NOT NULL))";

/**
 * Teammates' rows attached to the reveals just sent again follow the new reveals (or what the ledger answered them
 * with), so they get the answer too; so do rows another sent again (`followResend`) whose reveal there is sent again.
 * A new reveal held for a manager's approval is not followed: the old row stays one its SDR can try again. A row that
 * failed or was cancelled keeps its own completed_at, which the rollups count its providers on.
 */
function followNewReveals(db: Db, sentAgain: string, newBatchId: string, now: number): void {
  db.$client
    .prepare(
      `UPDATE reveals SET source_reveal_id = coalesce(n.source_reveal_id, n.id), updated_at = :now,
              completed_at = CASE WHEN reveals.state <> 'cached' THEN reveals.completed_at WHEN n.state = 'cached' THEN n.completed_at END
         FROM reveals AS o JOIN reveals AS n ON n.contact_id = o.contact_id AND n.batch_id = :newBatchId
        WHERE reveals.source_reveal_id = o.id AND o.id IN (SELECT value FROM json_each(:sentAgain))
          AND ((reveals.state = 'cached' AND reveals.error_code IS NULL) OR ${sentAgainByAnother("reveals")}) AND ${FOLLOWED}`,
    )
    .run({ now, newBatchId, sentAgain });
}

/**
 * Rows sent again by someone other than their owner are attached to their new reveals as a teammate's row is, so the
 * owner's list shows the answer its people got in a list the owner cannot open, free (that list is charged). Each keeps
 * its own state and code: a failure's late answer from Clodura is still applied to it (and detaches it).
 */
function followResend(db: Db, sentAgain: string, newBatchId: string, now: number): void {
  db.$client
    .prepare(
      `UPDATE reveals SET source_reveal_id = coalesce(n.source_reveal_id, n.id), updated_at = :now
         FROM reveals AS n
        WHERE reveals.id IN (SELECT value FROM json_each(:sentAgain)) AND reveals.state IN ('failed', 'cancelled', 'cached')
          AND n.contact_id = reveals.contact_id AND n.batch_id = :newBatchId AND ${FOLLOWED}`,
    )
    .run({ now, newBatchId, sentAgain });
}
