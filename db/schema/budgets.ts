import { integer, primaryKey, sqliteTable, text } from "drizzle-orm/sqlite-core";
import { timestamp } from "./_columns";
import { users } from "./users";

export const budgetPeriods = ["day", "month"] as const;
export type BudgetPeriod = (typeof budgetPeriods)[number];

/** A cap in credits per UTC day or month; `subject` is a user id, or "team" for the whole team. No row: no cap. */
export const budgets = sqliteTable(
  "budgets",
  {
    subject: text().notNull(),
    period: text({ enum: budgetPeriods }).notNull(),
    credits: integer().notNull(),
    updatedBy: text()
      .notNull()
      .references(() => users.id),
    updatedAt: timestamp().notNull(),
  },
  (table) => [primaryKey({ columns: [table.subject, table.period] })],
);
