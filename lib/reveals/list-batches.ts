import { and, desc, eq, inArray, lt, or, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/sqlite-core";
import type { Db } from "@/db/client";
import { batches, creditLedger, reveals, users } from "@/db/schema";
import { hasRole, type SessionUser } from "@/lib/auth/roles";
import type { BatchSummary } from "./schemas";
import { foldSearchText } from "./fold-search-text";
import { RAN_OUT_OF_CREDITS } from "./ran-out-of-credits";
import { sendingTimesOf } from "./team-queue";

const source = alias(reveals, "source");
const FINAL = sql.raw("('found','not_found','failed','cached','cancelled')");

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
    ...(progress.get(batch.id) ?? { done: 0, found: 0, cached: 0, freeWithNumber: 0, cancelled: 0, failed: 0, unfinished: 0 }),
    credits: credits.get(batch.id) ?? 0,
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

// A reveal cut short by Clodura's credits (RAN_OUT_OF_CREDITS), its own or the one a row attached to.
const UNFINISHED = sql`(${reveals.state} = 'not_found' and ${reveals.errorCode} = ${RAN_OUT_OF_CREDITS})
  or (${reveals.state} = 'cached' and ${source.state} = 'not_found' and ${source.errorCode} = ${RAN_OUT_OF_CREDITS})`;

function progressOf(db: Db, batchIds: string[]): Map<string, Progress> {
  if (batchIds.length === 0) return new Map();
  const rows = db
    .select({
      batchId: reveals.batchId,
      // An attached row is done when the reveal it waits on is.
      done: sql<number>`sum(case when ${reveals.state} in ${FINAL} and (${source.state} is null or ${source.state} in ${FINAL}) then 1 else 0 end)`,
      found: sql<number>`sum(case when ${reveals.state} = 'found' then 1 else 0 end)`,
      cached: sql<number>`sum(case when ${reveals.state} = 'cached' then 1 else 0 end)`,
      freeWithNumber: sql<number>`sum(case when ${reveals.state} = 'cached' and ${source.state} = 'found' then 1 else 0 end)`,
      cancelled: sql<number>`sum(case when ${reveals.state} = 'cancelled' then 1 else 0 end)`,
      failed: sql<number>`sum(case when ${reveals.state} = 'failed' then 1 else 0 end)`,
      unfinished: sql<number>`sum(case when ${UNFINISHED} then 1 else 0 end)`,
    })
    .from(reveals)
    .leftJoin(source, eq(source.id, reveals.sourceRevealId))
    .where(inArray(reveals.batchId, batchIds))
    .groupBy(reveals.batchId)
    .all();
  return new Map(
    rows.map((row) => [row.batchId, { done: Number(row.done), found: Number(row.found), cached: Number(row.cached), freeWithNumber: Number(row.freeWithNumber), cancelled: Number(row.cancelled), failed: Number(row.failed), unfinished: Number(row.unfinished) }]),
  );
}

function creditsOf(db: Db, batchIds: string[]): Map<string, number> {
  if (batchIds.length === 0) return new Map();
  const rows = db
    .select({ batchId: creditLedger.batchId, credits: sql<number>`sum(${creditLedger.amount})` })
    .from(creditLedger)
    .where(inArray(creditLedger.batchId, batchIds))
    .groupBy(creditLedger.batchId)
    .all();
  return new Map(rows.map((row) => [row.batchId, Number(row.credits)]));
}
