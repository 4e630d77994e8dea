import { index, sqliteTable, text } from "drizzle-orm/sqlite-core";
import { timestamp } from "./_columns";

/**
 * Sessions their holder signed out of. A session is a signed cookie the server keeps no copy of: without this, a copy
 * of it (a shared computer, a proxy log) would work until it expires. Kept until then, and no longer.
 */
export const endedSessions = sqliteTable(
  "ended_sessions",
  {
    sessionId: text().primaryKey(),
    expiresAt: timestamp().notNull(),
  },
  (table) => [index("ended_sessions_expires_at_idx").on(table.expiresAt)],
);
