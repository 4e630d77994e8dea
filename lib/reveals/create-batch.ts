import { sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { batches, contacts, reveals } from "@/db/schema";
import { AppError } from "@/lib/errors";
import { publishEvent } from "@/lib/events/bus";

export type BatchEntry = { key: string; linkedinUrl: string | null; personId: string | null };

export type CreateBatchInput = {
  requestedBy: string;
  source: "paste" | "csv" | "api";
  viaPartners: boolean;
  entries: BatchEntry[];
};

export const MAX_BATCH_SIZE = 100_000;
const CHUNK = 500;

/** One batch, one contact per person (reused team-wide), one queued reveal per person: all in one transaction. */
export function createBatch(db: Db, input: CreateBatchInput): { batchId: string; total: number } {
  const unique = [...new Map(input.entries.map((entry) => [entry.key, entry])).values()];
  if (unique.length === 0) throw new AppError("bad_request", "There is nothing to reveal: add at least one LinkedIn profile URL or personId.");
  if (unique.length > MAX_BATCH_SIZE) {
    throw new AppError("payload_too_large", `A batch can hold at most ${MAX_BATCH_SIZE.toLocaleString("en")} people; split the list.`);
  }
  const now = new Date();
  const batchId = db.transaction(
    (tx) => {
      const batch = tx
        .insert(batches)
        .values({ source: input.source, createdBy: input.requestedBy, viaPartners: input.viaPartners, total: unique.length, createdAt: now })
        .returning({ id: batches.id })
        .get();
      for (let start = 0; start < unique.length; start += CHUNK) {
        const chunk = unique.slice(start, start + CHUNK);
        const saved = tx
          .insert(contacts)
          .values(chunk.map((entry) => ({ key: entry.key, linkedinUrl: entry.linkedinUrl, personId: entry.personId, createdAt: now })))
          .onConflictDoUpdate({ target: contacts.key, set: { updatedAt: sql`excluded.created_at` } })
          .returning({ id: contacts.id })
          .all();
        tx.insert(reveals)
          .values(
            saved.map((contact) => ({
              batchId: batch.id,
              contactId: contact.id,
              requestedBy: input.requestedBy,
              viaPartners: input.viaPartners,
              state: "queued" as const,
              nextAttemptAt: now,
              createdAt: now,
            })),
          )
          .run();
      }
      return batch.id;
    },
    { behavior: "immediate" },
  );
  publishEvent({ type: "queue.changed" });
  return { batchId, total: unique.length };
}
