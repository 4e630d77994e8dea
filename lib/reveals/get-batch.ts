import { and, asc, eq, inArray, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { batches, contacts, providerResults, revealStates, reveals, users } from "@/db/schema";
import { hasRole, type SessionUser } from "@/lib/auth/roles";
import { AppError } from "@/lib/errors";
import type { BatchRow, BatchView } from "./schemas";

/** A batch with one row per person and one cell per provider. SDRs see their own batches; managers and admins all. */
export function getBatchView(db: Db, batchId: string, viewer: SessionUser): BatchView {
  const batch = db
    .select({ batch: batches, createdBy: users.name })
    .from(batches)
    .innerJoin(users, eq(users.id, batches.createdBy))
    .where(and(eq(batches.id, batchId), hasRole(viewer.role, "manager") ? undefined : eq(batches.createdBy, viewer.id)))
    .get();
  if (!batch) throw new AppError("not_found", "This batch does not exist or belongs to someone else.");

  const revealRows = db
    .select({
      revealId: reveals.id,
      state: reveals.state,
      attempts: reveals.attempts,
      errorMessage: reveals.errorMessage,
      firstName: contacts.firstName,
      lastName: contacts.lastName,
      linkedinUrl: contacts.linkedinUrl,
      personId: contacts.personId,
    })
    .from(reveals)
    .innerJoin(contacts, eq(contacts.id, reveals.contactId))
    .where(eq(reveals.batchId, batchId))
    .orderBy(asc(reveals.createdAt), sql`reveals.rowid`)
    .all();

  const results = db
    .select({ revealId: providerResults.revealId, provider: providerResults.provider, status: providerResults.status, numbers: providerResults.numbers, charged: providerResults.charged, position: providerResults.position })
    .from(providerResults)
    .innerJoin(reveals, eq(reveals.id, providerResults.revealId))
    .where(eq(reveals.batchId, batchId))
    .all();

  const byReveal = new Map<string, BatchRow["results"]>();
  const providerOrder = new Map<string, number>();
  for (const result of results) {
    const cells = byReveal.get(result.revealId) ?? {};
    cells[result.provider] = { status: result.status, numbers: result.numbers, charged: result.charged };
    byReveal.set(result.revealId, cells);
    providerOrder.set(result.provider, Math.min(providerOrder.get(result.provider) ?? Infinity, result.position));
  }
  const counts = Object.fromEntries(revealStates.map((state) => [state, 0])) as BatchView["counts"];
  const rows = revealRows.map((row) => {
    counts[row.state] += 1;
    return { ...row, results: byReveal.get(row.revealId) ?? {} };
  });
  return {
    id: batch.batch.id,
    createdAt: batch.batch.createdAt.getTime(),
    createdBy: batch.createdBy,
    source: batch.batch.source,
    viaPartners: batch.batch.viaPartners,
    total: batch.batch.total,
    counts,
    providers: [...providerOrder.entries()].sort((a, b) => a[1] - b[1] || a[0].localeCompare(b[0])).map(([name]) => name),
    rows,
  };
}

/** Used by the live-update stream to check access once before subscribing. */
export function assertCanSeeBatch(db: Db, batchId: string, viewer: SessionUser): void {
  const found = db
    .select({ id: batches.id })
    .from(batches)
    .where(and(eq(batches.id, batchId), hasRole(viewer.role, "manager") ? undefined : inArray(batches.createdBy, [viewer.id])))
    .get();
  if (!found) throw new AppError("not_found", "This batch does not exist or belongs to someone else.");
}
