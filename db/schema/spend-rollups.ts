import { index, integer, primaryKey, sqliteTable, text } from "drizzle-orm/sqlite-core";
import { batches } from "./batches";
import { users } from "./users";

/**
 * Daily totals of credit_ledger (UTC day), kept in the same transaction as each charge so the dashboard reads a few
 * thousand rows instead of a million. `rebuildSpendRollups` recomputes both tables from their sources.
 */
export const spendDaily = sqliteTable(
  "spend_daily",
  {
    day: text().notNull(),
    userId: text()
      .notNull()
      .references(() => users.id),
    batchId: text()
      .notNull()
      .references(() => batches.id),
    provider: text().notNull(),
    charges: integer().notNull(),
    credits: integer().notNull(),
  },
  // One SDR's view reads its own days only.
  (table) => [primaryKey({ columns: [table.day, table.userId, table.batchId, table.provider] }), index("spend_daily_user_day_idx").on(table.userId, table.day)],
);

/** Per provider and UTC day of completion: how often it was asked and how often it found a number (the scorecard). */
export const providerDaily = sqliteTable(
  "provider_daily",
  {
    day: text().notNull(),
    userId: text()
      .notNull()
      .references(() => users.id),
    provider: text().notNull(),
    asked: integer().notNull(),
    found: integer().notNull(),
  },
  (table) => [primaryKey({ columns: [table.day, table.userId, table.provider] }), index("provider_daily_user_day_idx").on(table.userId, table.day)],
);

/**
 * Per day of completion (in the team's time zone), SDR, partner setting and charged plan: reveals answered, found, and credits charged for
 * them (`plan` is "" for reveals that found nothing: no charge, no plan). The cost estimate reads the team's found rate
 * and average price here instead of scanning every reveal.
 */
export const outcomeDaily = sqliteTable(
  "outcome_daily",
  {
    day: text().notNull(),
    userId: text()
      .notNull()
      .references(() => users.id),
    viaPartners: integer({ mode: "boolean" }).notNull(),
    plan: text().notNull(),
    answered: integer().notNull(),
    found: integer().notNull(),
    credits: integer().notNull(),
  },
  (table) => [primaryKey({ columns: [table.day, table.userId, table.viaPartners, table.plan] })],
);
