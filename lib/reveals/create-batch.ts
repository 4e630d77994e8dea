import { sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { batches, contacts, reveals } from "@/db/schema";
import { AppError } from "@/lib/errors";
import { publishEvent } from "@/lib/events/bus";
import { findLedgerHits } from "./ledger";

export type BatchEntry = {
  key: string;
  linkedinUrl: string | null;
  personId: string | null;
  firstName?: string | null;
  lastName?: string | null;
  company?: string | null;
  /** Pay for a new reveal even though the ledger could answer for free. */
  revealAgain?: boolean;
};

export type CreateBatchInput = {
  requestedBy: string;
  source: "paste" | "csv" | "api";
  viaPartners: boolean;
  fileName?: string | null;
  entries: BatchEntry[];
};

export type CreatedBatch = { batchId: string; total: number; queued: number; cached: number; attached: number };

export const MAX_BATCH_SIZE = 100_000;
const CHUNK = 500;

/**
 * One batch, one contact per person (shared team-wide), one reveal per person, in one IMMEDIATE transaction:
 * the ledger check and the insert cannot interleave with another submission, so two SDRs sending the same person
 * at once produce one queued reveal and one attached to it.
 */
export function createBatch(db: Db, input: CreateBatchInput, now = new Date()): CreatedBatch {
  const unique = [...new Map(input.entries.map((entry) => [entry.key, entry])).values()];
  if (unique.length === 0) throw new AppError("bad_request", "There is nothing to reveal: add at least one LinkedIn profile URL or personId.");
  if (unique.length > MAX_BATCH_SIZE) {
    throw new AppError("payload_too_large", `A batch can hold at most ${MAX_BATCH_SIZE.toLocaleString("en")} people; split the list.`);
  }
  const created = db.transaction(
    () => {
      const counts = { queued: 0, cached: 0, attached: 0 };
      const batch = db
        .insert(batches)
        .values({ source: input.source, createdBy: input.requestedBy, viaPartners: input.viaPartners, total: unique.length, fileName: input.fileName ?? null, createdAt: now })
        .returning({ id: batches.id })
        .get();
      for (let start = 0; start < unique.length; start += CHUNK) {
        const chunk = unique.slice(start, start + CHUNK);
        const contactIds = upsertContacts(db, chunk, now);
        const hits = findLedgerHits(db, [...contactIds.values()], now.getTime());
        const rows = chunk.map((entry) => {
          const contactId = contactIds.get(entry.key);
          if (!contactId) throw new Error(`contact for ${entry.key} was not saved`);
          const hit = entry.revealAgain ? undefined : hits.get(contactId);
          if (hit) counts[hit.kind === "fresh" ? "cached" : "attached"] += 1;
          else counts.queued += 1;
          return {
            batchId: batch.id,
            contactId,
            requestedBy: input.requestedBy,
            viaPartners: input.viaPartners,
            state: hit ? ("cached" as const) : ("queued" as const),
            sourceRevealId: hit?.revealId ?? null,
            completedAt: hit?.kind === "fresh" ? now : null,
            nextAttemptAt: now,
            createdAt: now,
            updatedAt: now,
          };
        });
        db.insert(reveals).values(rows).run();
      }
      return { batchId: batch.id, total: unique.length, ...counts };
    },
    { behavior: "immediate" },
  );
  publishEvent({ type: "queue.changed" });
  return created;
}

/** Inserts or refreshes the chunk's contacts; returns contact id by person key. */
function upsertContacts(db: Db, chunk: BatchEntry[], now: Date): Map<string, string> {
  const saved = db
    .insert(contacts)
    .values(
      chunk.map((entry) => ({
        key: entry.key,
        linkedinUrl: entry.linkedinUrl,
        personId: entry.personId,
        firstName: entry.firstName ?? null,
        lastName: entry.lastName ?? null,
        company: entry.company ?? null,
        createdAt: now,
      })),
    )
    .onConflictDoUpdate({
      target: contacts.key,
      // Names Clodura sent win over names typed into a spreadsheet; a spreadsheet fills what is still missing.
      set: {
        updatedAt: sql`excluded.created_at`,
        firstName: sql`coalesce(${contacts.firstName}, excluded.first_name)`,
        lastName: sql`coalesce(${contacts.lastName}, excluded.last_name)`,
        company: sql`coalesce(${contacts.company}, excluded.company)`,
        personId: sql`coalesce(${contacts.personId}, excluded.person_id)`,
      },
    })
    .returning({ id: contacts.id, key: contacts.key })
    .all();
  return new Map(saved.map((contact) => [contact.key, contact.id]));
}
