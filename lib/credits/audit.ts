import { desc, eq, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { auditLog, users, type AuditAction } from "@/db/schema";

export function recordAudit(
  db: Db,
  entry: { actorId: string; action: AuditAction; subject: string; summary: string; detail: Record<string, unknown>; at: Date },
): void {
  db.insert(auditLog)
    .values({ actorId: entry.actorId, action: entry.action, subject: entry.subject, summary: entry.summary, detail: entry.detail, createdAt: entry.at })
    .run();
}

export type AuditEntry = { id: string; at: number; actor: string; action: AuditAction; summary: string };

export function listAudit(db: Db, limit = 50): AuditEntry[] {
  return db
    .select({ id: auditLog.id, at: auditLog.createdAt, actor: users.name, action: auditLog.action, summary: auditLog.summary })
    .from(auditLog)
    .innerJoin(users, eq(users.id, auditLog.actorId))
    // rowid breaks ties in insertion order: ids made in the same millisecond end in random bits.
    .orderBy(desc(auditLog.createdAt), desc(sql`${auditLog}.rowid`))
    .limit(limit)
    .all()
    .map((row) => ({ ...row, at: row.at.getTime() }));
}
