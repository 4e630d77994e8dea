import { index, integer, sqliteTable, text } from "drizzle-orm/sqlite-core";
import { createdAt, timestamp } from "./_columns";

/** The embedded Clodura simulator's own memory: what it was asked and what it will answer. */
export const sandboxRequests = sqliteTable(
  "sandbox_requests",
  {
    trackingId: text().primaryKey(),
    personKey: text().notNull(),
    webhookUrl: text(),
    /** The final JSON body, in the form the configured plan uses. */
    payload: text({ mode: "json" }).notNull(),
    /** The track endpoint says "pending" until this time. */
    completeAt: timestamp().notNull(),
    /** Planned webhook deliveries, in ms after the request (empty: none will be sent). */
    deliveryDelaysMs: text({ mode: "json" }).$type<number[]>().notNull(),
    deliveredCount: integer().notNull().default(0),
    createdAt: createdAt(),
  },
  (table) => [index("sandbox_requests_person_key_idx").on(table.personKey)],
);
