import { index, sqliteTable, text } from "drizzle-orm/sqlite-core";
import { createdAt, id } from "./_columns";
import { users } from "./users";

export const auditActions = ["budget.set", "budget.cleared", "batch.approved", "batch.rejected", "batch.stopped", "queue.resumed", "settings.changed", "user.added", "user.changed"] as const;
export type AuditAction = (typeof auditActions)[number];

/** Who changed money rules or decided on spend, and what exactly (before/after in `detail`). Append-only. */
export const auditLog = sqliteTable(
  "audit_log",
  {
    id: id(),
    actorId: text()
      .notNull()
      .references(() => users.id),
    /** The actor's name when they acted: a seat handed on (renamed) must not rewrite who did what. Null only in rows older than it. */
    actorName: text(),
    action: text({ enum: auditActions }).notNull(),
    subject: text().notNull(),
    summary: text().notNull(),
    detail: text({ mode: "json" }).$type<Record<string, unknown>>().notNull(),
    createdAt: createdAt(),
  },
  (table) => [index("audit_log_created_at_idx").on(table.createdAt)],
);
