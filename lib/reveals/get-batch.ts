import { and, eq, gte, sql, type SQL } from "drizzle-orm";
import { alias } from "drizzle-orm/sqlite-core";
import type { Db } from "@/db/client";
import { batches, providerResults, reveals, users } from "@/db/schema";
import { hasRole, type SessionUser } from "@/lib/auth/roles";
import { estimateCost } from "@/lib/credits/estimate";
import { getBatchCost } from "@/lib/credits/batch-cost";
import { AppError } from "@/lib/errors";
import { displayState, displayStates } from "./display-state";
import { heldListBudgetNow } from "./list-approvals";
import { inOwnersWords } from "./owners-words";
import { countResendable, NEVER_SENT, neverSentOf, REJECTED_FAILURE, RETRYABLE_FAILURE, UNANSWERED_FAILURE, UNANSWERED_WHERE_SENT_AGAIN, UNFINISHED_NOT_RETRIED, resentByAnotherColumn } from "./resendable";
import { sentAgainFrom, sentAgainOf } from "./sent-again";
import type { BatchCounts, BatchPage, BatchRow, BatchView } from "./schemas";
import { selectBatchRows, type RowFilter } from "./select-batch-rows";
import { sendingOutlook } from "./sending-outlook";

const source = alias(reveals, "source");

/** Finds a batch the viewer may see: SDRs their own, managers and admins every batch. */
export function findVisibleBatch(db: Db, batchId: string, viewer: SessionUser) {
  const found = db
    .select({ batch: batches, createdBy: users.name })
    .from(batches)
    .innerJoin(users, eq(users.id, batches.createdBy))
    .where(and(eq(batches.id, batchId), eq(batches.creating, false), hasRole(viewer.role, "manager") ? undefined : eq(batches.createdBy, viewer.id)))
    .get();
  if (!found) {
    // A manager sees every batch: for them, it is not there at all.
    const message = hasRole(viewer.role, "manager") ? "There is no such batch: check the link, or find the list on Batches." : "This batch does not exist or belongs to someone else.";
    throw new AppError("not_found", message);
  }
  return found;
}

export function assertCanSeeBatch(db: Db, batchId: string, viewer: SessionUser): void {
  findVisibleBatch(db, batchId, viewer);
}

/**
 * What to load: `since` for the rows changed after that cursor; `limit` for one page of rows in batch order, starting
 * after the `more` an earlier page returned (from the first row without `after`); neither for every row.
 */
export type BatchViewQuery = { since?: number; after?: number; limit?: number };

const BUDGET_NOW_TTL_MS = 30_000;
const budgetNowRead = new Map<string, { at: number; value: string | null }>();

/**
 * A held list's word on the budgets, read again at most every 30 s: every viewer's 5-s poll would otherwise count every
 * open reveal of its owner's (and the team's). A cap a manager raises shows on the SDR's page within 30 s.
 */
function recentBudgetNow(batchId: string, now: number, read: () => string | null): string | null {
  const known = budgetNowRead.get(batchId);
  if (known && now - known.at < BUDGET_NOW_TTL_MS) return known.value;
  for (const [id, entry] of budgetNowRead) if (now - entry.at >= BUDGET_NOW_TTL_MS) budgetNowRead.delete(id);
  const value = read();
  budgetNowRead.set(batchId, { at: now, value });
  return value;
}

/** A batch with one row per person and one cell per provider, or the part of its rows `query` asks for. */
export function getBatchView(db: Db, batchId: string, viewer: SessionUser, query: BatchViewQuery = {}): BatchView {
  const cursor = Date.now();
  const { batch, createdBy } = findVisibleBatch(db, batchId, viewer);
  const nameOf = (userId: string | null) => (userId ? (db.select({ name: users.name }).from(users).where(eq(users.id, userId)).get()?.name ?? null) : null);
  const decidedBy = nameOf(batch.decidedBy);
  const { rows, more } = getBatchRows(db, batchId, query);
  const { counts, freeWithNumber, notSent } = countStates(db, batchId);
  const providers = listBatchProviders(db, batchId);
  const neverSent = neverSentOf(batch);
  const resendable = neverSent ? countResendable(db, batchId, NEVER_SENT[neverSent]) : 0;
  const unfinished = counts.unfinished > 0 ? countResendable(db, batchId, UNFINISHED_NOT_RETRIED) : 0;
  const retryableFailures = counts.failed > 0 ? countResendable(db, batchId, RETRYABLE_FAILURE) : 0;
  const sentAgain = sentAgainOf(db, batchId, viewer);
  const unansweredElsewhere = sentAgain.length > 0 && counts.failed + counts.cancelled > 0 ? countResendable(db, batchId, UNANSWERED_WHERE_SENT_AGAIN) : 0;
  // What sending that many of this list's people again may cost today (none: nothing to say).
  const resendEstimateOf = (people: number) => (people > 0 ? estimateOf(estimateCost(db, { newReveals: people, viaPartners: batch.viaPartners })) : null);
  const inViewersWords = (text: string | null) => (text !== null && viewer.id === batch.createdBy ? inOwnersWords(text, createdBy) : text);
  return {
    id: batch.id,
    createdAt: batch.createdAt.getTime(),
    createdBy,
    createdById: batch.createdBy,
    source: batch.source,
    fileName: batch.fileName,
    name: batch.name,
    pastedSummary: batch.pastedSummary,
    viaPartners: batch.viaPartners,
    total: batch.total,
    approval: {
      state: batch.approval,
      reason: inViewersWords(batch.approvalReason),
      decidedBy,
      decidedAt: batch.decidedAt?.getTime() ?? null,
      withdrawn: batch.approval === "rejected" && batch.decidedBy === batch.createdBy,
      note: batch.decisionNote,
      // A stopped list offers them on its stop notice instead.
      resendable: batch.stoppedAt ? 0 : resendable,
      budgetNow:
        batch.approval === "pending"
          ? inViewersWords(recentBudgetNow(batchId, cursor, () => heldListBudgetNow(db, { ownerId: batch.createdBy, owner: createdBy, held: counts.held, viaPartners: batch.viaPartners, reason: batch.approvalReason })))
          : null,
    },
    stopped: batch.stoppedAt
      ? { by: nameOf(batch.stoppedBy) ?? "a teammate", at: batch.stoppedAt.getTime(), resendable, notSent }
      : null,
    cost: getBatchCost(db, batch, providers),
    resendEstimate: resendEstimateOf(resendable),
    counts,
    sending: counts.queued > 0 ? sendingOutlook(db, batchId, cursor) : null,
    freeWithNumber,
    retryableFailures,
    retryEstimate: resendEstimateOf(retryableFailures),
    unansweredFailures: counts.failed > 0 ? countResendable(db, batchId, UNANSWERED_FAILURE) : 0,
    rejectedFailures: counts.failed > 0 ? countResendable(db, batchId, REJECTED_FAILURE) : 0,
    sentAgain,
    unansweredElsewhere,
    unansweredElsewhereEstimate: resendEstimateOf(unansweredElsewhere),
    sentAgainFrom: sentAgainFrom(db, batchId, viewer),
    resendableUnfinished: unfinished,
    unfinishedEstimate: resendEstimateOf(unfinished),
    failedAndUnfinishedEstimate: retryableFailures > 0 && unfinished > 0 ? resendEstimateOf(retryableFailures + unfinished) : null,
    providers,
    rows,
    cursor,
    partial: query.since !== undefined,
    more,
  };
}

/**
 * The page of rows after `after`, without recounting the whole batch (that took half of each page's time at 95k rows):
 * the first page and the refreshes bring the totals.
 */
export function getBatchPage(db: Db, batchId: string, viewer: SessionUser, page: { after: number; limit: number }): BatchPage {
  findVisibleBatch(db, batchId, viewer);
  return getBatchRows(db, batchId, page);
}

/**
 * The rows `query` asks for, without the batch's totals (exports page through them). `more` continues a page.
 * The caller has checked that the viewer may see the batch.
 */
export function getBatchRows(db: Db, batchId: string, query: BatchViewQuery): BatchPage {
  const filter = rowFilter(db, batchId, query);
  const rows = selectBatchRows(db, filter);
  const last = rows.at(-1)?.position;
  const more = query.limit !== undefined && rows.length === query.limit && last !== undefined ? last : null;
  const cells = selectProviderCells(db, query.limit === undefined ? filter.where : pageRange(batchId, rows[0]?.position, last));
  return { rows: rows.map(({ position: _position, ...row }) => ({ ...row, results: cells.get(row.revealId) ?? {} })), more };
}

/**
 * A batch's reveals were inserted together (a big one in chunks, maybe with a teammate's rows between), so they sit in
 * one run of rowids: a page walks that run from `after`, skipping other batches' rows (the unary + keeps SQLite on the
 * rowid instead of the batch_id index, which would sort the whole batch).
 */
function rowFilter(db: Db, batchId: string, query: BatchViewQuery): RowFilter {
  if (query.since !== undefined) return { where: and(eq(reveals.batchId, batchId), gte(reveals.updatedAt, new Date(query.since))) };
  if (query.limit === undefined) return { where: eq(reveals.batchId, batchId) };
  const after = query.after ?? (db.select({ first: sql<number | null>`min(${reveals}.rowid)` }).from(reveals).where(eq(reveals.batchId, batchId)).get()?.first ?? 1) - 1;
  return { where: and(sql`+${reveals.batchId} = ${batchId}`, sql`${reveals}.rowid > ${after}`), limit: query.limit };
}

/** The page's own rows, by the rowid run they were read from. */
function pageRange(batchId: string, first: number | undefined, last: number | undefined): SQL {
  if (first === undefined || last === undefined) return sql`0`;
  return sql`+${reveals.batchId} = ${batchId} and ${reveals}.rowid between ${first} and ${last}`;
}

/** Provider cells per row; a cached row shows the cells of the reveal that answered it. */
function selectProviderCells(db: Db, which: SQL | undefined): Map<string, BatchRow["results"]> {
  const results = db
    .select({ revealId: reveals.id, provider: providerResults.provider, status: providerResults.status, numbers: providerResults.numbers, charged: providerResults.charged })
    .from(reveals)
    .innerJoin(providerResults, eq(providerResults.revealId, sql`coalesce(${reveals.sourceRevealId}, ${reveals.id})`))
    .where(which)
    .all();
  const byReveal = new Map<string, BatchRow["results"]>();
  for (const result of results) {
    const cells = byReveal.get(result.revealId) ?? {};
    cells[result.provider] = { status: result.status, numbers: result.numbers, charged: result.charged };
    byReveal.set(result.revealId, cells);
  }
  return byReveal;
}

const estimateOf = ({ worstCase, expected }: { worstCase: number; expected: number }) => ({ worstCase, expected });

/**
 * The rows by the state their page shows them in; and `notSent`, the reveals a stop cancelled before they were sent from
 * here, by their own state (their people may have been sent again since, and show that answer).
 */
function countStates(db: Db, batchId: string): { counts: BatchCounts; freeWithNumber: number; notSent: number } {
  const counts = Object.fromEntries(displayStates.map((state) => [state, 0])) as BatchCounts;
  let freeWithNumber = 0;
  let notSent = 0;
  const grouped = db
    .select({ ownState: reveals.state, ownErrorCode: reveals.errorCode, resent: resentByAnotherColumn(), sourceState: source.state, sourceErrorCode: source.errorCode, n: sql<number>`count(*)` })
    .from(reveals)
    .leftJoin(source, eq(source.id, reveals.sourceRevealId))
    .where(eq(reveals.batchId, batchId))
    .groupBy(reveals.state, reveals.errorCode, resentByAnotherColumn(), source.state, source.errorCode)
    .all();
  for (const group of grouped) {
    const sourceOutcome = group.sourceState === null ? null : { state: group.sourceState, errorCode: group.sourceErrorCode };
    const state = displayState({ state: group.ownState, errorCode: group.ownErrorCode, resentByAnother: Boolean(group.resent) }, sourceOutcome);
    counts[state] += Number(group.n);
    if (state === "cached" && group.sourceState === "found") freeWithNumber += Number(group.n);
    if (group.ownState === "cancelled") notSent += Number(group.n);
  }
  return { counts, freeWithNumber, notSent };
}

/** Every provider that answered for the batch, in waterfall order. */
export function listBatchProviders(db: Db, batchId: string): string[] {
  return db
    .select({ provider: providerResults.provider, position: sql<number>`min(${providerResults.position})` })
    .from(reveals)
    .innerJoin(providerResults, eq(providerResults.revealId, sql`coalesce(${reveals.sourceRevealId}, ${reveals.id})`))
    .where(eq(reveals.batchId, batchId))
    .groupBy(providerResults.provider)
    .orderBy(sql`2`, providerResults.provider)
    .all()
    .map((row) => row.provider);
}
