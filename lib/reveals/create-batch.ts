import type { Db } from "@/db/client";
import { withDeferredCheckpoint } from "@/db/deferred-checkpoint";
import { newId } from "@/db/ids";
import { and, eq } from "drizzle-orm";
import { batches, reveals, users } from "@/db/schema";
import { budgetShortfall, type BudgetLine } from "@/lib/credits/budget-shortfall";
import { budgetStatus } from "@/lib/credits/budgets";
import { estimateCost } from "@/lib/credits/estimate";
import { AppError } from "@/lib/errors";
import { publishEvent } from "@/lib/events/bus";
import { canRevealAgain } from "./reveal-again";
import { bulkStatements, type BulkStatements } from "./bulk-statements";
import { contactIdsByKey, findLedgerHits, type LedgerHit } from "./ledger";
import { personIdsByKey } from "./person-ids-by-key";
import { refreshPersonSearch } from "./people-search";

export type BatchEntry = {
  key: string;
  linkedinUrl: string | null;
  personId: string | null;
  firstName?: string | null;
  lastName?: string | null;
  company?: string | null;
  /** Pay for a new reveal even though the ledger could answer for free. */
  revealAgain?: boolean;
  /** The line of the uploaded file it came from, so an export can be matched back to the file. */
  sourceRow?: number | null;
};

export type CreateBatchInput = {
  requestedBy: string;
  source: "paste" | "csv" | "api";
  viaPartners: boolean;
  fileName?: string | null;
  name?: string | null;
  /** A paste's first profiles (pasted-summary.ts). */
  pastedSummary?: string | null;
  entries: BatchEntry[];
};

export type CreatedBatch = {
  batchId: string;
  total: number;
  queued: number;
  cached: number;
  attached: number;
  /** New reveals waiting for a manager because their worst case is over budget (then `queued` is 0). */
  held: number;
  approvalReason: string | null;
  worstCase: number;
  expected: number;
};

export const MAX_BATCH_SIZE = 100_000;
const CHUNK = 500;

/**
 * One batch, one contact per person (shared team-wide), one reveal per person, in one IMMEDIATE transaction:
 * the ledger check and the insert cannot interleave with another submission, so two SDRs sending the same person
 * at once produce one queued reveal and one attached to it. When the new reveals' worst case is over what a budget has
 * left, they are stored `held` and the batch waits for a manager: never dropped, never partly sent.
 */
export function createBatch(db: Db, input: CreateBatchInput, now = new Date()): CreatedBatch {
  const unique = uniquePeople(input);
  const created = withDeferredCheckpoint(db, () => db.transaction(() => insertBatch(db, input, unique, now), { behavior: "immediate" }));
  publishEvent({ type: "queue.changed" });
  return created;
}

/** One entry per person key; refuses an empty list and one over the batch limit. */
export function uniquePeople(input: CreateBatchInput): BatchEntry[] {
  const unique = [...new Map(input.entries.map((entry) => [entry.key, entry])).values()];
  if (unique.length === 0) throw new AppError("bad_request", "There is nothing to reveal: add at least one LinkedIn profile URL or personId.");
  if (unique.length > MAX_BATCH_SIZE) {
    throw new AppError("payload_too_large", `A batch can hold at most ${MAX_BATCH_SIZE.toLocaleString("en")} people; split the list.`);
  }
  return unique;
}

function insertBatch(db: Db, input: CreateBatchInput, unique: BatchEntry[], now: Date): CreatedBatch {
  const counts: PeopleCounts = { queued: 0, cached: 0, attached: 0 };
  // Read before inserting: the new reveals must not count as "reserved" against themselves.
  const budgetLines = budgetStatus(db, input.requestedBy, now);
  const batchId = insertBatchRow(db, input, unique.length, now, false);
  const sql = bulkStatements(db);
  for (let start = 0; start < unique.length; start += CHUNK) {
    insertPeople(db, sql, { batchId, input, people: unique.slice(start, start + CHUNK), at: now.getTime(), dueAt: now.getTime() }, counts);
  }
  const decision = assessBatch(db, input, batchId, counts, budgetLines);
  let held = 0;
  if (decision.approvalReason) {
    held = db.update(reveals).set({ state: "held" }).where(and(eq(reveals.batchId, batchId), eq(reveals.state, "queued"))).run().changes;
  }
  return createdBatch(batchId, unique.length, counts, held, decision);
}

export type PeopleCounts = { queued: number; cached: number; attached: number };
type Decision = { approvalReason: string | null; worstCase: number; expected: number };

export function insertBatchRow(db: Db, input: CreateBatchInput, total: number, now: Date, creating: boolean): string {
  return db
    .insert(batches)
    .values({ source: input.source, createdBy: input.requestedBy, viaPartners: input.viaPartners, total, fileName: input.fileName ?? null, name: input.name ?? null, pastedSummary: input.pastedSummary ?? null, createdAt: now, creating })
    .returning({ id: batches.id })
    .get().id;
}

type PeopleChunk = {
  batchId: string;
  input: CreateBatchInput;
  people: BatchEntry[];
  at: number;
  /** When the new (queued) reveals become due for the dispatcher. */
  dueAt: number;
};

/**
 * Contacts, the ledger check and one reveal per person for one chunk, inside the caller's IMMEDIATE transaction: the
 * check and the insert cannot interleave with another submission, so the same person sent twice at once is revealed
 * once (the second attaches to the first).
 */
export function insertPeople(db: Db, sql: BulkStatements, chunk: PeopleChunk, counts: PeopleCounts): void {
  const { batchId, input, at } = chunk;
  // An entry with a personId also finds the contact that personId belongs to under another key.
  const existing = contactIdsByKey(db, chunk.people.map((entry) => entry.key), personIdsByKey(chunk.people));
  const hits = findLedgerHits(db, [...existing.values()], at, undefined, input.viaPartners);
  // A list can name one contact twice (its URL and the personId Clodura reported for it): the second attaches.
  const queuedHere = new Map<string, string>();
  // A personId names one person whatever the key: a line with a URL and a personId, then one with the personId alone.
  const insertedByPersonId = new Map<string, string>();
  for (const entry of chunk.people) {
    // Known before this line: to the team, or from an earlier line of this chunk with the same personId.
    const earlierContact = existing.get(entry.key) ?? (entry.personId ? insertedByPersonId.get(entry.personId) : undefined);
    const contactId = earlierContact ?? insertContact(sql, entry, at);
    if (entry.personId && !insertedByPersonId.has(entry.personId)) insertedByPersonId.set(entry.personId, contactId);
    if (earlierContact && (entry.firstName || entry.lastName || entry.company || entry.personId)) {
      const byUrl = entry.key.startsWith("li:") && entry.linkedinUrl !== null;
      const filled = sql.fillContact.run({
        id: contactId,
        at,
        firstName: entry.firstName ?? null,
        lastName: entry.lastName ?? null,
        company: entry.company ?? null,
        personId: entry.personId,
        linkedinUrl: byUrl ? entry.linkedinUrl : null,
        urlKey: byUrl ? entry.key : null,
      });
      // A person the team has an answer for becomes findable on the People page by what the list added.
      if (filled.changes > 0) refreshPersonSearch(db, contactId);
    }
    const known = hits.get(contactId);
    const queuedEarlier = queuedHere.get(contactId);
    const revealAgain = !queuedEarlier && Boolean(entry.revealAgain) && canRevealAgain(known);
    const hit: Pick<LedgerHit, "kind" | "revealId"> | undefined = queuedEarlier ? { kind: "in_flight", revealId: queuedEarlier } : revealAgain ? undefined : known;
    if (hit) counts[hit.kind === "fresh" ? "cached" : "attached"] += 1;
    else counts.queued += 1;
    const revealId = newId();
    if (!hit) queuedHere.set(contactId, revealId);
    sql.insertReveal.run(
      revealId,
      batchId,
      contactId,
      input.requestedBy,
      hit ? "cached" : "queued",
      input.viaPartners ? 1 : 0,
      hit?.revealId ?? null,
      hit?.kind === "fresh" ? at : null,
      hit ? at : chunk.dueAt,
      at,
      at,
      entry.sourceRow ?? null,
      revealAgain ? 1 : 0,
    );
  }
}

/** Estimate and budget check once every person is in: over what a budget has left, the batch waits for a manager. */
export function assessBatch(db: Db, input: CreateBatchInput, batchId: string, counts: PeopleCounts, budgetLines: BudgetLine[]): Decision {
  const estimate = estimateCost(db, { newReveals: counts.queued, viaPartners: input.viaPartners });
  const approvalReason = counts.queued > 0 ? budgetShortfall(budgetLines, estimate.worstCase, requesterName(db, input.requestedBy)) : null;
  db.update(batches)
    .set({ worstCase: estimate.worstCase, expected: estimate.expected, ...(approvalReason ? { approval: "pending" as const, approvalReason } : {}) })
    .where(eq(batches.id, batchId))
    .run();
  return { approvalReason, worstCase: estimate.worstCase, expected: estimate.expected };
}

export function createdBatch(batchId: string, total: number, counts: PeopleCounts, held: number, decision: Decision): CreatedBatch {
  const queued = decision.approvalReason ? 0 : counts.queued;
  return { batchId, total, ...counts, queued, held, approvalReason: decision.approvalReason, worstCase: decision.worstCase, expected: decision.expected };
}

function insertContact(sql: BulkStatements, entry: BatchEntry, at: number): string {
  const id = newId();
  sql.insertContact.run(id, entry.key, entry.linkedinUrl, entry.personId, entry.firstName ?? null, entry.lastName ?? null, entry.company ?? null, at);
  return id;
}

function requesterName(db: Db, userId: string): string | undefined {
  return db.select({ name: users.name }).from(users).where(eq(users.id, userId)).get()?.name;
}
