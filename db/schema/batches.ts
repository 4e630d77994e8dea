import { sql } from "drizzle-orm";
import { index, integer, sqliteTable, text } from "drizzle-orm/sqlite-core";
import { createdAt, id, timestamp } from "./_columns";
import { users } from "./users";

export const batchSources = ["paste", "csv", "api"] as const;
/** `pending`: the worst case exceeded a budget, so its new reveals are held until a manager decides. */
export const batchApprovals = ["none", "pending", "approved", "rejected"] as const;
export type BatchApproval = (typeof batchApprovals)[number];

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
    /** What the SDR called the list, if anything (batch-label.ts falls back to the file name). */
    name: text(),
    /** A paste's first profiles ("ana-lopez, ben-wu and 3 more"): unnamed pastes are told apart by them. */
    pastedSummary: text(),
    /** Credits if every new reveal is found by the dearest provider, and the expected cost, at submission. */
    worstCase: integer().notNull().default(0),
    expected: integer().notNull().default(0),
    approval: text({ enum: batchApprovals }).notNull().default("none"),
    /** Why the batch waits (which budget, how much is left), in words the SDR reads. */
    approvalReason: text(),
    decidedBy: text().references(() => users.id),
    decidedAt: timestamp(),
    /** What the manager who rejected the list told its SDR (optional). */
    decisionNote: text(),
    /** Who stopped the batch, and when: its reveals not yet sent were cancelled (stop-batch.ts). */
    stoppedBy: text().references(() => users.id),
    stoppedAt: timestamp(),
    /** Set with stoppedAt, cleared once the stop has cancelled and detached everything: a stop a crash cut short is finished at the next start. */
    stopping: integer({ mode: "boolean" }).notNull().default(false),
    /** A big batch still being written, chunk by chunk: hidden, and its reveals not yet due (see create-big-batch.ts). */
    creating: integer({ mode: "boolean" }).notNull().default(false),
    /** When a reveal of the list was last sent: one person's lists take turns, as people do (claim.ts). */
    lastSentAt: timestamp(),
    createdAt: createdAt(),
  },
  (table) => [
    index("batches_created_by_idx").on(table.createdBy),
    index("batches_created_at_idx").on(table.createdAt),
    index("batches_approval_idx").on(table.approval).where(sql`${table.approval} = 'pending'`),
    index("batches_creating_idx").on(table.createdAt).where(sql`${table.creating} = 1`),
    index("batches_stopping_idx").on(table.stoppedAt).where(sql`${table.stopping} = 1`),
  ],
);

export type Batch = typeof batches.$inferSelect;
