import { and, desc, eq, inArray, lt, or, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/sqlite-core";
import type { Db } from "@/db/client";
import { batches, creditLedger, reveals, users } from "@/db/schema";
import { hasRole, type SessionUser } from "@/lib/auth/roles";
import type { BatchSummary } from "./schemas";
import { foldSearchText } from "./fold-search-text";
import { displayState, type DisplayState } from "./display-state";
import { resentByAnotherColumn } from "./resendable";
import { sendingTimesOf } from "./team-queue";

const source = alias(reveals, "source");
const FINAL = new Set<DisplayState>(["found", "not_found", "failed", "cached", "cancelled", "unfinished"]);

/** Where the next page of the batches list starts: the last batch shown ("<created_at ms>:<id>"). */
export type BatchCursor = { at: number; id: string };

export const batchCursorOf = (batch: BatchSummary): string => `${batch.createdAt}:${batch.id}`;

export type BatchListQuery = {
  limit?: number;
  before?: BatchCursor;
  /** Part of the list's name, file name or sender's name. */
  search?: string;
  /** Only the viewer's own lists, for a manager who otherwise sees the whole team's. */
  onlyMine?: boolean;
};

export function parseBatchCursor(text: string): BatchCursor | null {
  const match = /^(\d{1,15}):([\w-]{1,64})$/.exec(text);
  return match ? { at: Number(match[1]), id: match[2]! } : null;
}

/**
 * Batches newest first with their progress; SDRs see their own, managers and admins everyone's. The page of batches
 * is chosen first and only its reveals are counted: counting every batch before sorting read the whole history.
 */
export function listBatches(db: Db, viewer: SessionUser, { limit = 100, before, search, onlyMine = false }: BatchListQuery = {}): BatchSummary[] {
  const after = before
    ? or(lt(batches.createdAt, new Date(before.at)), and(eq(batches.createdAt, new Date(before.at)), lt(batches.id, before.id)))
    : undefined;
  const page = db
    .select({
      id: batches.id,
      createdAt: batches.createdAt,
      createdBy: users.name,
      createdById: batches.createdBy,
      source: batches.source,
      fileName: batches.fileName,
      name: batches.name,
      pastedSummary: batches.pastedSummary,
      total: batches.total,
      approval: batches.approval,
      decidedBy: batches.decidedBy,
      stoppedAt: batches.stoppedAt,
    })
    .from(batches)
    .innerJoin(users, eq(users.id, batches.createdBy))
    .where(and(eq(batches.creating, false), hasRole(viewer.role, "manager") && !onlyMine ? undefined : eq(batches.createdBy, viewer.id), after, matching(search)))
    .orderBy(desc(batches.createdAt), desc(batches.id))
    .limit(limit)
    .all();
  const ids = page.map((batch) => batch.id);
  const progress = progressOf(db, ids);
  const credits = creditsOf(db, ids);
  const summaries = page.map(({ stoppedAt, createdById, decidedBy, ...batch }) => ({
    ...batch,
    mine: createdById === viewer.id,
    withdrawn: batch.approval === "rejected" && decidedBy === createdById,
    createdAt: batch.createdAt.getTime(),
    stopped: stoppedAt !== null,
    ...(progress.get(batch.id) ?? NO_PROGRESS),
    ...(credits.get(batch.id) ?? { credits: 0, paid: 0 }),
  }));
  const sendingTimes = sendingTimesOf(db, summaries, Date.now());
  return summaries.map((batch) => ({ ...batch, sending: sendingTimes.has(batch.id) ? { inMs: sendingTimes.get(batch.id) ?? null } : null }));
}

/**
 * Substring match whatever the case and accents ("jose" finds "José's list"), folded as People's search folds
 * (`searchable_text`, registered on every connection: "mueller" finds Müller); % and _ typed by the user match themselves.
 */
function matching(search: string | undefined) {
  const words = foldSearchText(search?.trim() ?? "");
  if (!words) return undefined;
  const pattern = `%${words.replace(/[\\%_]/g, (char) => `\\${char}`)}%`;
  return or(
    sql`searchable_text(${batches.name}) like ${pattern} escape '\\'`,
    sql`searchable_text(${batches.fileName}) like ${pattern} escape '\\'`,
    sql`searchable_text(${users.name}) like ${pattern} escape '\\'`,
    // What an unnamed paste is called on screen (batch-label.ts): "Pasted: ana-lopez, ben-wu and 3 more".
    sql`(${batches.name} is null and ${batches.fileName} is null and ${batches.source} = 'paste' and searchable_text(coalesce('Pasted: ' || ${batches.pastedSummary}, 'Pasted list')) like ${pattern} escape '\\')`,
  );
}

type Progress = { done: number; found: number; cached: number; freeWithNumber: number; cancelled: number; failed: number; unfinished: number };

const NO_PROGRESS: Progress = { done: 0, found: 0, cached: 0, freeWithNumber: 0, cancelled: 0, failed: 0, unfinished: 0 };

/**
 * Each list's rows counted by the state its page shows them in (`displayState`), so both say the same: a row attached
 * to a teammate's reveal still in flight is in progress, not yet free, and one whose reveal failed is failed.
 */
function progressOf(db: Db, batchIds: string[]): Map<string, Progress> {
  if (batchIds.length === 0) return new Map();
  const groups = db
    .select({ batchId: reveals.batchId, ownState: reveals.state, ownErrorCode: reveals.errorCode, resent: resentByAnotherColumn(), sourceState: source.state, sourceErrorCode: source.errorCode, n: sql<number>`count(*)` })
    .from(reveals)
    .leftJoin(source, eq(source.id, reveals.sourceRevealId))
    .where(inArray(reveals.batchId, batchIds))
    .groupBy(reveals.batchId, reveals.state, reveals.errorCode, resentByAnotherColumn(), source.state, source.errorCode)
    .all();
  const progress = new Map<string, Progress>();
  for (const group of groups) {
    const sum = progress.get(group.batchId) ?? { ...NO_PROGRESS };
    const n = Number(group.n);
    const state = displayState({ state: group.ownState, errorCode: group.ownErrorCode, resentByAnother: Boolean(group.resent) }, group.sourceState === null ? null : { state: group.sourceState, errorCode: group.sourceErrorCode });
    if (FINAL.has(state)) sum.done += n;
    if (state === "found") sum.found += n;
    if (state === "cached") sum.cached += n;
    if (state === "cached" && group.sourceState === "found") sum.freeWithNumber += n;
    if (state === "cancelled") sum.cancelled += n;
    if (state === "failed") sum.failed += n;
    if (state === "unfinished") sum.unfinished += n;
    progress.set(group.batchId, sum);
  }
  return progress;
}

/** Per list, the credits charged and how many reveals they were charged for (a found without a number is one too). */
function creditsOf(db: Db, batchIds: string[]): Map<string, { credits: number; paid: number }> {
  if (batchIds.length === 0) return new Map();
  const rows = db
    .select({ batchId: creditLedger.batchId, credits: sql<number>`sum(${creditLedger.amount})`, paid: sql<number>`count(*)` })
    .from(creditLedger)
    .where(inArray(creditLedger.batchId, batchIds))
    .groupBy(creditLedger.batchId)
    .all();
  return new Map(rows.map((row) => [row.batchId, { credits: Number(row.credits), paid: Number(row.paid) }]));
}
