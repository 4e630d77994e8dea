import { index, integer, sqliteTable, text } from "drizzle-orm/sqlite-core";
import { createdAt, id } from "./_columns";
import { batches } from "./batches";
import { reveals } from "./reveals";
import { users } from "./users";

/** Every credit the team spends, charged to the person who ran the reveal. Estimated until the balance confirms it. */
export const creditLedger = sqliteTable(
  "credit_ledger",
  {
    id: id(),
    revealId: text()
      .notNull()
      .unique()
      .references(() => reveals.id),
    userId: text()
      .notNull()
      .references(() => users.id),
    batchId: text()
      .notNull()
      .references(() => batches.id),
    provider: text().notNull(),
    plan: text().notNull(),
    amount: integer().notNull(),
    estimated: integer({ mode: "boolean" }).notNull().default(true),
    createdAt: createdAt(),
  },
  // Drill-down pages read newest first within one filter: each index ends with created_at.
  (table) => [
    // Covering for the balance comparison: sums of amount over a time range never touch the table.
    index("credit_ledger_created_amount_idx").on(table.createdAt, table.amount),
    index("credit_ledger_user_created_idx").on(table.userId, table.createdAt),
    index("credit_ledger_batch_created_idx").on(table.batchId, table.createdAt),
    index("credit_ledger_provider_created_idx").on(table.provider, table.createdAt),
  ],
);

export type CreditCharge = typeof creditLedger.$inferSelect;
