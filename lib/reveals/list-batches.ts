import { and, desc, eq, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { batches, reveals, users } from "@/db/schema";
import { hasRole, type SessionUser } from "@/lib/auth/roles";
import type { BatchSummary } from "./schemas";

export function listRecentBatches(db: Db, viewer: SessionUser, limit = 20): BatchSummary[] {
  const rows = db
    .select({
      id: batches.id,
      createdAt: batches.createdAt,
      createdBy: users.name,
      total: batches.total,
      done: sql<number>`sum(case when ${reveals.state} in ('found','not_found','failed','cached','cancelled') then 1 else 0 end)`,
      found: sql<number>`sum(case when ${reveals.state} = 'found' then 1 else 0 end)`,
    })
    .from(batches)
    .innerJoin(users, eq(users.id, batches.createdBy))
    .leftJoin(reveals, eq(reveals.batchId, batches.id))
    .where(and(hasRole(viewer.role, "manager") ? undefined : eq(batches.createdBy, viewer.id)))
    .groupBy(batches.id)
    .orderBy(desc(batches.createdAt))
    .limit(limit)
    .all();
  return rows.map((row) => ({ ...row, createdAt: row.createdAt.getTime(), done: Number(row.done ?? 0), found: Number(row.found ?? 0) }));
}
