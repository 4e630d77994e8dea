import { and, asc, eq, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { batches, reveals, users } from "@/db/schema";

export type PendingApproval = {
  batchId: string;
  name: string;
  createdBy: string;
  createdAt: number;
  total: number;
  held: number;
  worstCase: number;
  expected: number;
  reason: string | null;
};

/** Batches waiting for a manager, oldest first. */
export function listPendingApprovals(db: Db): PendingApproval[] {
  return db
    .select({
      batchId: batches.id,
      fileName: batches.fileName,
      source: batches.source,
      createdBy: users.name,
      createdAt: batches.createdAt,
      total: batches.total,
      held: sql<number>`(select count(*) from ${reveals} where ${reveals.batchId} = ${batches.id} and ${reveals.state} = 'held')`,
      worstCase: batches.worstCase,
      expected: batches.expected,
      reason: batches.approvalReason,
    })
    .from(batches)
    .innerJoin(users, eq(users.id, batches.createdBy))
    .where(and(eq(batches.approval, "pending"), eq(batches.creating, false)))
    .orderBy(asc(batches.createdAt))
    .all()
    .map(({ fileName, source, createdAt, held, ...row }) => ({
      ...row,
      name: fileName ?? (source === "paste" ? "Pasted list" : "Batch"),
      createdAt: createdAt.getTime(),
      held: Number(held),
    }));
}
