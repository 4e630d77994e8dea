import { desc, eq, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/sqlite-core";
import type { Db } from "@/db/client";
import { batches, reveals, users } from "@/db/schema";
import { hasRole, type SessionUser } from "@/lib/auth/roles";
import type { BatchSummary } from "./schemas";

const source = alias(reveals, "source");
const FINAL = sql.raw("('found','not_found','failed','cached','cancelled')");

/** Batches newest first with their progress; SDRs see their own, managers and admins everyone's. */
export function listBatches(db: Db, viewer: SessionUser, limit = 100): BatchSummary[] {
  const rows = db
    .select({
      id: batches.id,
      createdAt: batches.createdAt,
      createdBy: users.name,
      source: batches.source,
      fileName: batches.fileName,
      total: batches.total,
      approval: batches.approval,
      // An attached row is done when the reveal it waits on is.
      done: sql<number>`sum(case when ${reveals.state} in ${FINAL} and (${source.state} is null or ${source.state} in ${FINAL}) then 1 else 0 end)`,
      found: sql<number>`sum(case when ${reveals.state} = 'found' then 1 else 0 end)`,
      cached: sql<number>`sum(case when ${reveals.state} = 'cached' then 1 else 0 end)`,
    })
    .from(batches)
    .innerJoin(users, eq(users.id, batches.createdBy))
    .leftJoin(reveals, eq(reveals.batchId, batches.id))
    .leftJoin(source, eq(source.id, reveals.sourceRevealId))
    .where(hasRole(viewer.role, "manager") ? undefined : eq(batches.createdBy, viewer.id))
    .groupBy(batches.id)
    .orderBy(desc(batches.createdAt))
    .limit(limit)
    .all();
  return rows.map((row) => ({
    ...row,
    createdAt: row.createdAt.getTime(),
    done: Number(row.done ?? 0),
    found: Number(row.found ?? 0),
    cached: Number(row.cached ?? 0),
  }));
}
