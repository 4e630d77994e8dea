import type Database from "better-sqlite3";
import type { Db } from "@/db/client";
import { hasRole, type SessionUser } from "@/lib/auth/roles";
import { normaliseLinkedIn } from "@/lib/linkedin";
import { getSetting } from "@/lib/settings/settings";
import { providerCellsOf } from "./people-cells";
import type { PeopleOutcome, PeoplePage, Person } from "./people-schemas";

/** Where the next page of the directory starts: the last person shown ("<answered ms>:<reveal id>"). */
export type PersonCursor = { at: number; id: string };

export type PeopleQuery = {
  limit?: number;
  before?: PersonCursor;
  /** Part of a name, company or profile; a LinkedIn URL or personId; or 6+ digits of a phone number. */
  search?: string;
  outcome?: PeopleOutcome;
};

export const personCursorOf = (person: Person): string => `${person.answeredAt}:${person.revealId}`;

export function parsePersonCursor(text: string): PersonCursor | null {
  const match = /^(\d{1,15}):([\w-]{1,64})$/.exec(text);
  return match ? { at: Number(match[1]), id: match[2]! } : null;
}

/** Up to this many search hits are sorted directly; a search matching more is answered by walking newest first. */
const FEW_HITS = 2_000;

/**
 * The team's directory: every person the team has an answer for, by their latest answer (found or not found), newest
 * first. Everyone on the team sees it, as the ledger answers everyone; a batch is linked only for those who may open it.
 */
export function listPeople(db: Db, viewer: SessionUser, { limit = 50, before, search, outcome = "all" }: PeopleQuery = {}, now = Date.now()): PeoplePage {
  const statements = peopleStatements(db);
  const params: PageParams = { limit, outcome: outcome === "all" ? null : outcome, beforeAt: before?.at ?? null, beforeId: before?.id ?? "", like: null };
  const wanted = searchOf(search);
  let rows: PersonRow[];
  if (wanted === null) rows = statements.walk.all(params);
  else {
    const hits = wanted.kind === "profile" ? statements.contactByKey.all(wanted.key).map((row) => row.rowid) : wanted.text.length >= 3 ? statements.search.all(phrase(wanted.text), FEW_HITS + 1).map((row) => row.rowid) : null;
    // Few hits: sort just those. Many (or a search too short for the index): walk newest first until the page is full.
    rows = hits !== null && hits.length <= FEW_HITS ? statements.among.all({ ...params, rowids: JSON.stringify(hits) }) : statements.walk.all({ ...params, like: likePattern(wanted.text) });
  }
  const freshnessDays = getSetting(db, "freshnessDays");
  const freshSince = now - freshnessDays * 86_400_000;
  const cells = providerCellsOf(db, rows.map((row) => row.revealId));
  const seesEveryBatch = hasRole(viewer.role, "manager");
  const people: Person[] = rows.map(({ requestedBy, batchId, ...row }) => ({
    ...row,
    fresh: row.answeredAt >= freshSince,
    byYou: requestedBy === viewer.id,
    batchId: seesEveryBatch || requestedBy === viewer.id ? batchId : null,
    results: cells.get(row.revealId) ?? {},
  }));
  return { people, freshnessDays, next: people.length === limit ? personCursorOf(people.at(-1)!) : null };
}

type Wanted = { kind: "profile"; key: string; text: string } | { kind: "text"; text: string };

/** A LinkedIn profile URL is looked up exactly; a phone number by its digits, however it is typed; the rest as typed. */
function searchOf(search: string | undefined): Wanted | null {
  const text = search?.trim();
  if (!text) return null;
  if (/linkedin\.com\//i.test(text)) {
    const person = normaliseLinkedIn(text);
    if (person.ok) return { kind: "profile", key: person.key, text };
  }
  const digits = text.replace(/\D/g, "");
  if (/^[\d\s()+.-]+$/.test(text) && digits.length >= 6) return { kind: "text", text: digits };
  return { kind: "text", text };
}

/** An FTS5 phrase: the text as one quoted string, so that no character in it is query syntax. */
const phrase = (text: string) => `"${text.replaceAll('"', '""')}"`;

const likePattern = (text: string) => `%${text.replace(/[\\%_]/g, (char) => `\\${char}`)}%`;

type PersonRow = Omit<Person, "fresh" | "byYou" | "results"> & { requestedBy: string };
type PageParams = { limit: number; outcome: string | null; beforeAt: number | null; beforeId: string; like: string | null };

type PeopleStatements = {
  walk: Database.Statement<[PageParams], PersonRow>;
  among: Database.Statement<[PageParams & { rowids: string }], PersonRow>;
  search: Database.Statement<[string, number], { rowid: number }>;
  contactByKey: Database.Statement<[string], { rowid: number }>;
};

const cache = new WeakMap<Database.Database, PeopleStatements>();

const COLUMNS = `r.id AS revealId, r.state, r.completed_at AS answeredAt, r.batch_id AS batchId, r.requested_by AS requestedBy,
  u.name AS revealedBy, c.first_name AS firstName, c.last_name AS lastName, c.company, c.linkedin_url AS linkedinUrl,
  c.person_id AS personId`;
// Only a person's latest answer: a reveal paid for again replaces the older one here.
const LATEST = `NOT EXISTS (SELECT 1 FROM reveals newer WHERE newer.contact_id = r.contact_id AND newer.state IN ('found', 'not_found')
  AND (newer.completed_at > r.completed_at OR (newer.completed_at = r.completed_at AND newer.id > r.id)))`;
const FILTERS = `(:outcome IS NULL OR r.state = :outcome)
  AND (:beforeAt IS NULL OR r.completed_at < :beforeAt OR (r.completed_at = :beforeAt AND r.id < :beforeId))`;
const NEWEST_FIRST = "ORDER BY r.completed_at DESC, r.id DESC LIMIT :limit";

/**
 * Raw SQL, for what drizzle's builder cannot say: INDEXED BY (SQLite otherwise sorts every answer for a page) and the
 * full-text table. `(s.text || '')` keeps the per-row LIKE off the trigram index, which is slow one row at a time.
 */
function peopleStatements(db: Db): PeopleStatements {
  const sqlite = db.$client;
  const cached = cache.get(sqlite);
  if (cached) return cached;
  const statements: PeopleStatements = {
    walk: sqlite.prepare(`SELECT ${COLUMNS} FROM reveals r INDEXED BY reveals_answered_at_idx
      JOIN contacts c ON c.id = r.contact_id JOIN users u ON u.id = r.requested_by
      WHERE r.state IN ('found', 'not_found') AND ${LATEST} AND ${FILTERS}
        AND (:like IS NULL OR EXISTS (SELECT 1 FROM people_search s WHERE s.rowid = c.rowid AND (s.text || '') LIKE :like ESCAPE '\\'))
      ${NEWEST_FIRST}`),
    // CROSS JOIN keeps this order: from the few hits out, never from every answer in.
    among: sqlite.prepare(`SELECT ${COLUMNS} FROM json_each(:rowids) j CROSS JOIN contacts c ON c.rowid = j.value
      CROSS JOIN reveals r ON r.contact_id = c.id AND r.state IN ('found', 'not_found') JOIN users u ON u.id = r.requested_by
      WHERE ${LATEST} AND ${FILTERS} ${NEWEST_FIRST}`),
    search: sqlite.prepare("SELECT rowid FROM people_search WHERE people_search MATCH ? LIMIT ?"),
    contactByKey: sqlite.prepare("SELECT rowid FROM contacts WHERE key = ?"),
  };
  cache.set(sqlite, statements);
  return statements;
}
