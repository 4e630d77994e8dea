import { and, desc, eq, gte, inArray, ne, or, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { reveals, users } from "@/db/schema";
import { getSetting } from "@/lib/settings/settings";
import { bulkStatements } from "./bulk-statements";
import { reusableAnswer } from "./reusable-answer";
import { inFlightStates } from "./state-machine";

export type LedgerHit = {
  kind: "fresh" | "in_flight";
  revealId: string;
  state: string;
  revealedBy: string;
  /** Who revealed them; left out of what the browser is sent, which gets `byYou` instead. */
  revealedById?: string;
  /** Set (to true) only in answers to the rep who revealed them: "Revealed by you". */
  byYou?: boolean;
  /** When the earlier reveal finished (fresh) or was requested (in flight), ms since the epoch. */
  at: number;
};

const CHUNK = 500;

/**
 * The team-wide "never pay twice" ledger: for each contact, a reveal already in flight (attach to it) or one answered
 * within the freshness window (answer from it at 0 credits). In-flight wins: its answer is the newest to come.
 * `exceptBatchId`: leave out one batch's reveals (a batch being removed or stopped answers nobody). `askPartners`: the
 * new list asks partner providers, so a "not found" from Clodura alone is no answer for it (a number is, either way).
 */
export function findLedgerHits(db: Db, contactIds: string[], now = Date.now(), exceptBatchId?: string, askPartners = false): Map<string, LedgerHit> {
  const freshSince = new Date(now - getSetting(db, "freshnessDays") * 86_400_000);
  const hits = new Map<string, LedgerHit>();
  for (let start = 0; start < contactIds.length; start += CHUNK) {
    const rows = db
      .select({
        contactId: reveals.contactId,
        revealId: reveals.id,
        state: reveals.state,
        createdAt: reveals.createdAt,
        completedAt: reveals.completedAt,
        revealedBy: users.name,
        revealedById: reveals.requestedBy,
      })
      .from(reveals)
      .innerJoin(users, eq(users.id, reveals.requestedBy))
      .where(
        and(
          inArray(reveals.contactId, contactIds.slice(start, start + CHUNK)),
          // Unary + keeps SQLite off the source_reveal_id index (nearly every row is NULL there) and on contact_id.
          sql`+${reveals.sourceRevealId} is null`,
          exceptBatchId === undefined ? undefined : ne(reveals.batchId, exceptBatchId),
          or(
            inArray(reveals.state, [...inFlightStates]),
            and(gte(reveals.completedAt, freshSince), sql.raw(reusableAnswer('"reveals"', askPartners ? "1" : "0"))),
          ),
        ),
      )
      .orderBy(desc(reveals.createdAt))
      .all();
    for (const row of rows) {
      const inFlight = (inFlightStates as readonly string[]).includes(row.state);
      const current = hits.get(row.contactId);
      if (current && (current.kind === "in_flight" || !inFlight)) continue;
      hits.set(row.contactId, {
        kind: inFlight ? "in_flight" : "fresh",
        revealId: row.revealId,
        state: row.state,
        revealedBy: row.revealedBy,
        revealedById: row.revealedById,
        at: (inFlight ? row.createdAt : (row.completedAt ?? row.createdAt)).getTime(),
      });
    }
  }
  return hits;
}

/**
 * The contacts these person keys name, for the report shown before anything is spent. A "pid:" key also finds a
 * contact first seen by URL whose personId Clodura reported, and so does a URL key the list gave a personId beside
 * (`personIdByKey`), as the batch will. Unknown people are simply absent.
 */
export function contactIdsByKey(db: Db, keys: string[], personIdByKey: Record<string, string> = {}): Map<string, string> {
  const sql = bulkStatements(db);
  const byKey = sql.findContacts(keys);
  const idsByKey = new Map(byKey.map((row) => [row.key, row.id]));
  // A URL the team knows without its personId, given here beside one another contact holds: that contact is the
  // person the team has answers for.
  const withoutPersonId = new Set(byKey.flatMap((row) => (row.personId === null && personIdByKey[row.key] ? [row.key] : [])));
  const unmatched: { key: string; personId: string }[] = [];
  for (const key of keys) {
    if (idsByKey.has(key) && !withoutPersonId.has(key)) continue;
    const personId = key.startsWith("pid:") ? key.slice(4) : personIdByKey[key];
    if (personId) unmatched.push({ key, personId });
  }
  const byPersonId = new Map(sql.findContactsByPersonId(unmatched.map((entry) => entry.personId)).map((row) => [row.personId, row.id]));
  for (const { key, personId } of unmatched) {
    const id = byPersonId.get(personId);
    if (id) idsByKey.set(key, id);
  }
  return idsByKey;
}

/** Re-keys what was found per contact by the person keys that name them. */
export function byKey<T>(idsByKey: Map<string, string>, byContact: Map<string, T>): Map<string, T> {
  const found = new Map<string, T>();
  for (const [key, id] of idsByKey) {
    const value = byContact.get(id);
    if (value !== undefined) found.set(key, value);
  }
  return found;
}
