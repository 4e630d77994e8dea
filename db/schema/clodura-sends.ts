import { index, integer, sqliteTable } from "drizzle-orm/sqlite-core";
import { timestamp } from "./_columns";

/**
 * One row per request sent to Clodura's match endpoint, kept for a day: the team's send limits per minute and per day
 * count them. A reveal's own columns keep only its last send, and a retry is a request Clodura counts too.
 */
export const cloduraSends = sqliteTable(
  "clodura_sends",
  {
    id: integer().primaryKey(),
    sentAt: timestamp().notNull(),
  },
  (table) => [index("clodura_sends_sent_at_idx").on(table.sentAt)],
);
