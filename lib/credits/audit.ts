import { and, desc, eq, notLike, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { auditLog, users, type AuditAction } from "@/db/schema";

export function recordAudit(
  db: Db,
  entry: { actorId: string; action: AuditAction; subject: string; summary: string; detail: Record<string, unknown>; at: Date },
): void {
  db.insert(auditLog)
    .values({
      actorId: entry.actorId,
      actorName: sql`(select ${users.name} from ${users} where ${users.id} = ${entry.actorId})`,
      action: entry.action,
      subject: entry.subject,
      summary: entry.summary,
      detail: entry.detail,
      createdAt: entry.at,
    })
    .run();
}

export type AuditEntry = { id: string; at: number; actor: string; action: AuditAction; summary: string };
/** A page of the log, newest first; `next` is the cursor of the page after it, or null on the last page. */
export type AuditPage = { entries: AuditEntry[]; next: string | null };

const CURSOR = /^(\d{1,15})-(\d{1,15})$/;

/** Whether `cursor` is one `listAudit` handed out ("<created_at ms>-<rowid>"). */
export const isAuditCursor = (cursor: string) => CURSOR.test(cursor);

/**
 * Changes to the team itself (who was added, roles, disabled accounts, password resets) are admin business, as the team
 * list is: `teamChanges: false` leaves them out.
 */
export function listAudit(db: Db, { limit = 50, before, teamChanges = true }: { limit?: number; before?: string; teamChanges?: boolean } = {}): AuditPage {
  const [, at, rowid] = (before ? CURSOR.exec(before) : null) ?? [];
  const page = at ? sql`(${auditLog.createdAt} < ${Number(at)} or (${auditLog.createdAt} = ${Number(at)} and ${auditLog}.rowid < ${Number(rowid)}))` : undefined;
  const rows = db
    .select({ id: auditLog.id, at: auditLog.createdAt, actor: sql<string>`coalesce(${auditLog.actorName}, ${users.name})`, action: auditLog.action, summary: auditLog.summary, rowid: sql<number>`${auditLog}.rowid` })
    .from(auditLog)
    .innerJoin(users, eq(users.id, auditLog.actorId))
    .where(and(page, teamChanges ? undefined : notLike(auditLog.action, "user.%")))
    // rowid breaks ties in insertion order: ids made in the same millisecond end in random bits.
    .orderBy(desc(auditLog.createdAt), desc(sql`${auditLog}.rowid`))
    .limit(limit + 1)
    .all();
  const entries = rows.slice(0, limit).map(({ rowid: _rowid, ...row }) => ({ ...row, at: row.at.getTime() }));
  const last = rows.length > limit ? rows[limit - 1] : undefined;
  return { entries, next: last ? `${last.at.getTime()}-${last.rowid}` : null };
}
