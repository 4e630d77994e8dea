import { sql } from "drizzle-orm";
import { index, integer, sqliteTable, text, type AnySQLiteColumn } from "drizzle-orm/sqlite-core";
import { createdAt, id, timestamp } from "./_columns";
import { batches } from "./batches";
import { contacts } from "./contacts";
import { users } from "./users";

/** `held`: waiting for a manager to approve a batch over budget; not in flight, so the ledger does not attach to it. */
export const revealStates = ["held", "queued", "dispatching", "awaiting", "found", "not_found", "failed", "cached", "cancelled"] as const;
export type RevealState = (typeof revealStates)[number];

export const reveals = sqliteTable(
  "reveals",
  {
    id: id(),
    batchId: text()
      .notNull()
      .references(() => batches.id),
    contactId: text()
      .notNull()
      .references(() => contacts.id),
    requestedBy: text()
      .notNull()
      .references(() => users.id),
    state: text({ enum: revealStates }).notNull().default("queued"),
    /** Set on a `cached` reveal: the team's earlier (or in-flight) reveal of the same person that answers it for free. */
    sourceRevealId: text().references((): AnySQLiteColumn => reveals.id),
    viaPartners: integer({ mode: "boolean" }).notNull(),
    /** The rep chose "Reveal again" for a person the team had a fresh answer for: no later ledger check answers it. */
    revealAgain: integer({ mode: "boolean" }).notNull().default(false),
    /** The line of the uploaded file the person came from (the first, for one listed twice); null for a paste. */
    sourceRow: integer(),
    trackingId: text(),
    attempts: integer().notNull().default(0),
    /** Dispatcher: not before this time (backoff). Reconciler: next track poll. */
    nextAttemptAt: timestamp()
      .notNull()
      .$defaultFn(() => new Date()),
    leaseOwner: text(),
    leaseUntil: timestamp(),
    trackPolls: integer().notNull().default(0),
    errorCode: text(),
    errorMessage: text(),
    /** The new batch this row's person was sent again in (a failure tried again, an unfinished or a cancelled row): its list links there. */
    sentAgainIn: text().references((): AnySQLiteColumn => batches.id),
    createdAt: createdAt(),
    dispatchedAt: timestamp(),
    awaitingSince: timestamp(),
    completedAt: timestamp(),
    updatedAt: timestamp(),
  },
  (table) => [
    // batch_id and contact_id lead the composite indexes below, which serve their foreign keys too.
    // A budget's "reserved" counts one SDR's open reveals without reading their whole history; with the due time, the
    // dispatcher finds each person's next due reveal without reading their queue.
    index("reveals_requested_by_state_idx").on(table.requestedBy, table.state, table.batchId, table.nextAttemptAt),
    index("reveals_state_next_attempt_idx").on(table.state, table.nextAttemptAt),
    // Partial: only ledger answers have a source, so big batches of new reveals add no entries here.
    index("reveals_source_reveal_id_idx").on(table.sourceRevealId).where(sql`${table.sourceRevealId} is not null`),
    // Partial too: only rows sent again point anywhere. A new batch finds the list it came from through the first, a
    // list where its people went through the second, without reading the rest of the team's.
    index("reveals_sent_again_in_idx").on(table.sentAgainIn).where(sql`${table.sentAgainIn} is not null`),
    index("reveals_batch_sent_again_idx").on(table.batchId, table.sentAgainIn).where(sql`${table.sentAgainIn} is not null`),
    index("reveals_contact_state_idx").on(table.contactId, table.state, table.completedAt),
    index("reveals_updated_at_idx").on(table.batchId, table.updatedAt),
    // The team's people directory, newest answer first: only answered reveals are in it.
    index("reveals_answered_at_idx").on(table.completedAt).where(sql`${table.state} in ('found', 'not_found')`),
    // The same directory narrowed to what one person revealed ("Revealed by me").
    index("reveals_answered_by_idx").on(table.requestedBy, table.completedAt).where(sql`${table.state} in ('found', 'not_found')`),
  ],
);

export type Reveal = typeof reveals.$inferSelect;
