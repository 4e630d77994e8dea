import { index, integer, sqliteTable, text } from "drizzle-orm/sqlite-core";
import { createdAt, id } from "./_columns";
import { users } from "./users";

export const batchSources = ["paste", "csv", "api"] as const;

export const batches = sqliteTable(
  "batches",
  {
    id: id(),
    source: text({ enum: batchSources }).notNull(),
    createdBy: text()
      .notNull()
      .references(() => users.id),
    viaPartners: integer({ mode: "boolean" }).notNull(),
    total: integer().notNull(),
    /** The uploaded file's name, or null for a paste. */
    fileName: text(),
    createdAt: createdAt(),
  },
  (table) => [index("batches_created_by_idx").on(table.createdBy), index("batches_created_at_idx").on(table.createdAt)],
);

export type Batch = typeof batches.$inferSelect;
