import { index, sqliteTable, text } from "drizzle-orm/sqlite-core";
import { createdAt, id } from "./_columns";
import { reveals } from "./reveals";

export const deliverySources = ["webhook", "track", "match"] as const;
export const deliveryOutcomes = ["received", "applied", "duplicate", "ignored_final", "pending", "rejected"] as const;
export type DeliveryOutcome = (typeof deliveryOutcomes)[number];

/** Every body Clodura sends us, stored raw before it is acted on. */
export const webhookEvents = sqliteTable(
  "webhook_events",
  {
    id: id(),
    revealId: text().references(() => reveals.id),
    source: text({ enum: deliverySources }).notNull(),
    body: text().notNull(),
    headers: text({ mode: "json" }).$type<Record<string, string>>().notNull(),
    outcome: text({ enum: deliveryOutcomes }).notNull().default("received"),
    detail: text(),
    receivedAt: createdAt(),
  },
  (table) => [
    index("webhook_events_reveal_id_idx").on(table.revealId),
    index("webhook_events_outcome_idx").on(table.outcome),
    // Settings counts the last day's answers by how they came, and finds the last webhook, without reading bodies.
    index("webhook_events_source_received_idx").on(table.source, table.receivedAt, table.outcome),
  ],
);
