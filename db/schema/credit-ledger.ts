import { index, integer, sqliteTable, text } from "drizzle-orm/sqlite-core";
import { createdAt, id } from "./_columns";
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
    provider: text().notNull(),
    plan: text().notNull(),
    amount: integer().notNull(),
    estimated: integer({ mode: "boolean" }).notNull().default(true),
    createdAt: createdAt(),
  },
  (table) => [index("credit_ledger_user_id_idx").on(table.userId), index("credit_ledger_created_at_idx").on(table.createdAt)],
);
