import type { Db } from "@/db/client";
import { hasRole, type SessionUser } from "@/lib/auth/roles";
import { batchLabel, type BatchNaming } from "./batch-label";
import { displayState, type DisplayState } from "./display-state";
import { sentAgainByAnother } from "./resendable";
import type { RevealState } from "./state-machine";

/** A new batch some of a list's people were sent again in: which, by whom, when, and how many of each kind went. */
export type SentAgain = {
  batchId: string;
  label: string;
  by: string;
  at: number;
  /** Whether the viewer may open it: a manager's new batch made from an SDR's list is not the SDR's to see. */
  linked: boolean;
  people: number;
  failed: number;
  unfinished: number;
  cancelled: number;
};

/** The list a batch's people were sent again from, for the link back. */
export type SentAgainFrom = { batchId: string; label: string };

type NamedBatch = BatchNaming & { id: string; createdBy: string; by: string; createdAt: number };

const NAMED_BATCH = `SELECT b.id, b.name, b.file_name AS fileName, b.source, b.pasted_summary AS pastedSummary, b.created_by AS createdBy,
                            u.name AS by, b.created_at AS createdAt
                       FROM batches AS b JOIN users AS u ON u.id = b.created_by WHERE b.id = ?`;

/** Where this batch's people went when they were sent again, oldest new batch first. */
export function sentAgainOf(db: Db, batchId: string, viewer: SessionUser): SentAgain[] {
  const groups = db.$client
    .prepare(
      `SELECT r.sent_again_in AS target, r.state, r.error_code AS errorCode, s.state AS sourceState, s.error_code AS sourceErrorCode,
              s.id IS NOT NULL AND ${sentAgainByAnother("r")} AS follows, count(*) AS n
         FROM reveals AS r LEFT JOIN reveals AS s ON s.id = r.source_reveal_id
        WHERE r.batch_id = ? AND r.sent_again_in IS NOT NULL
        GROUP BY 1, 2, 3, 4, 5, 6`,
    )
    .all(batchId) as (Group & { target: string; n: number })[];
  const byTarget = new Map<string, Omit<SentAgain, "batchId" | "label" | "by" | "at" | "linked">>();
  for (const group of groups) {
    const sum = byTarget.get(group.target) ?? { people: 0, failed: 0, unfinished: 0, cancelled: 0 };
    const state = leftBehind(group);
    sum.people += group.n;
    if (state === "failed" || state === "unfinished" || state === "cancelled") sum[state] += group.n;
    byTarget.set(group.target, sum);
  }
  const named = db.$client.prepare(NAMED_BATCH);
  return [...byTarget]
    .map(([target, sum]) => {
      const batch = named.get(target) as NamedBatch;
      const linked = hasRole(viewer.role, "manager") || batch.createdBy === viewer.id;
      return { batchId: batch.id, label: batchLabel(batch), by: batch.by, at: batch.createdAt, linked, ...sum };
    })
    .sort((a, b) => a.at - b.at);
}

type Group = { state: RevealState; errorCode: string | null; sourceState: RevealState | null; sourceErrorCode: string | null; follows: number };

/**
 * The kind of row a person sent again left here. A row another sent again shows its answer there (`followResend`), so
 * its kind is its own: a cached one was attached to a teammate's reveal that failed ("retried") or was cut short.
 */
function leftBehind(group: Group): DisplayState {
  if (!group.follows) return displayState(group, group.sourceState === null ? null : { state: group.sourceState, errorCode: group.sourceErrorCode });
  if (group.state === "cached") return group.errorCode === "retried" ? "failed" : "unfinished";
  return displayState(group, null);
}

/**
 * The list whose people this batch sent again, if it is one and the viewer may open it: a manager who sent an SDR's
 * list again and was made an SDR since keeps the new batch, not a view of the SDR's list (its name included).
 */
export function sentAgainFrom(db: Db, batchId: string, viewer: SessionUser): SentAgainFrom | null {
  const origin = db.$client.prepare("SELECT batch_id AS id FROM reveals WHERE sent_again_in = ? LIMIT 1").get(batchId) as { id: string } | undefined;
  if (!origin) return null;
  const batch = db.$client.prepare(NAMED_BATCH).get(origin.id) as NamedBatch;
  if (!hasRole(viewer.role, "manager") && batch.createdBy !== viewer.id) return null;
  return { batchId: batch.id, label: batchLabel(batch) };
}
