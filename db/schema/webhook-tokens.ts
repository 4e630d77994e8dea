import { index, sqliteTable, text } from "drizzle-orm/sqlite-core";
import { createdAt } from "./_columns";
import { reveals } from "./reveals";

/** One row per dispatch attempt: a retried request keeps its earlier webhook URL working. Only the SHA-256 is kept. */
export const webhookTokens = sqliteTable(
  "webhook_tokens",
  {
    tokenHash: text().primaryKey(),
    revealId: text()
      .notNull()
      .references(() => reveals.id),
    /** The trackingId Clodura gave this attempt's request: a webhook through this URL must carry it, or none. */
    trackingId: text(),
    createdAt: createdAt(),
  },
  (table) => [index("webhook_tokens_reveal_id_idx").on(table.revealId)],
);
