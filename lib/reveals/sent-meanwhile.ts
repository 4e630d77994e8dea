import type { Db } from "@/db/client";
import type { SessionUser } from "@/lib/auth/roles";
import { AppError } from "@/lib/errors";
import { getSetting } from "@/lib/settings/settings";
import { sentMeanwhileWords, type SentMeanwhile } from "./sent-meanwhile-words";

/** A press this long after another list took its people is not a race lost: it gets the plain refusal. */
const RACE_WINDOW_MS = 10 * 60_000;

/**
 * The newest new list, made in the last minutes by someone else than the viewer (whose own second tab gets the plain
 * refusal), that took some of this list's people: from its rows, through the
 * reveal its rows follow in a manager's list (`followed`), or through an owner's rows that follow its own.
 */
const NEWEST_TAKER = `
  WITH taken(target, followed) AS (
    SELECT r.sent_again_in, r.sent_again_in IN (SELECT nb.id FROM batches AS nb WHERE nb.created_by <> r.requested_by)
      FROM reveals AS r WHERE r.batch_id = :batchId AND r.sent_again_in IS NOT NULL
    UNION SELECT s.sent_again_in, 1 FROM reveals AS r JOIN reveals AS s ON s.id = r.source_reveal_id
      WHERE r.batch_id = :batchId AND s.batch_id = r.sent_again_in AND s.sent_again_in IS NOT NULL
    UNION SELECT f.sent_again_in, 0 FROM reveals AS r JOIN reveals AS f ON f.source_reveal_id = r.id
      WHERE r.batch_id = :batchId AND f.batch_id <> r.batch_id AND f.sent_again_in IS NOT NULL AND f.sent_again_in <> r.batch_id
  )
  SELECT u.name AS by, b.created_at AS at, max(taken.followed) AS followed
    FROM taken JOIN batches AS b ON b.id = taken.target JOIN users AS u ON u.id = b.created_by
   WHERE b.created_at >= :since AND b.creating = 0 AND b.created_by <> :viewerId
   GROUP BY b.id ORDER BY b.created_at DESC LIMIT 1`;

/**
 * The refusal of a send-again press that found its people gone: who sent them again just before, and when, if someone
 * did (two presses at once, on this list and a linked one); else `otherwise`.
 */
export function sentAgainRefusal(db: Db, batchId: string, viewer: SessionUser, otherwise: string, now = new Date()): AppError {
  const row = db.$client.prepare(NEWEST_TAKER).get({ batchId, viewerId: viewer.id, since: now.getTime() - RACE_WINDOW_MS }) as
    | { by: string; at: number; followed: number }
    | undefined;
  if (!row) return new AppError("conflict", otherwise);
  const sentMeanwhile: SentMeanwhile = { by: row.by, at: row.at, followed: row.followed === 1 };
  return new AppError("conflict", sentMeanwhileWords(sentMeanwhile, { timeZone: getSetting(db, "timeZone"), now }), { sentMeanwhile });
}
