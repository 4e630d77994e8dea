import { index, integer, sqliteTable, text } from "drizzle-orm/sqlite-core";
import { createdAt, id } from "./_columns";

export const balanceKinds = ["pool", "prospect", "unavailable", "error"] as const;

/** Each reading of Clodura's GET /api/v1/credits: the figure the ledger's estimates are compared with. */
export const creditBalances = sqliteTable(
  "credit_balances",
  {
    id: id(),
    kind: text({ enum: balanceKinds }).notNull(),
    /** Credits left: `remainingCredits`, or `directDials` (phone credits) on Prospect plans. */
    remaining: integer(),
    /** Prospect plans only: contact views (export credits) left. */
    exportsRemaining: integer(),
    message: text(),
    createdAt: createdAt(),
  },
  (table) => [index("credit_balances_created_at_idx").on(table.createdAt)],
);
