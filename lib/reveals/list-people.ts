import type Database from "better-sqlite3";
import type { Db } from "@/db/client";
import { hasRole, type SessionUser } from "@/lib/auth/roles";
import { phoneSearchDigits } from "@/lib/phones/search-digits";
import { normaliseLinkedIn } from "@/lib/linkedin";
import { getSetting } from "@/lib/settings/settings";
import { providerCellsOf } from "./people-cells";
import { FOUND_WITHOUT_NUMBER } from "./found-without-number";
import { RAN_OUT_OF_CREDITS } from "./ran-out-of-credits";
import { foldSearchText } from "./fold-search-text";
import type { PeopleOutcome, PeoplePage, Person } from "./people-schemas";

/** Where the next page of the directory starts: the last person shown ("<answered ms>:<reveal id>"). */
export type PersonCursor = { at: number; id: string };

export type PeopleQuery = {
  limit?: number;
  before?: PersonCursor;
  /** Part of a name, company or profile; a LinkedIn URL or personId; or 6+ digits of a phone number. */
  search?: string;
  outcome?: PeopleOutcome;
  /** Only people whose latest answer this user revealed. */
  revealedBy?: string;
  /** How many of the newest answers a search under 3 characters reads. */
  shortSearchWindow?: number;
};

export const personCursorOf = (person: Person): string => `${person.answeredAt}:${person.revealId}`;

export function parsePersonCursor(text: string): PersonCursor | null {
  const match = /^(\d{1,15}):([\w-]{1,64})$/.exec(text);
  return match ? { at: Number(match[1]), id: match[2]! } : null;
}

/** Up to this many search hits are sorted directly; a search matching more is answered by walking newest first. */
const FEW_HITS = 2_000;
/**
 * A search under 3 characters cannot use the trigram index: it reads only this many of the newest answers, so that "Wu"
 * matching no one does not hold the server for seconds reading a million rows.
 */
export const SHORT_SEARCH_WINDOW = 20_000;

/**
 * The team's directory: every person the team has an answer for, by their latest answer (found or not found), newest
 * first. Everyone on the team sees it, as the ledger answers everyone; a batch is linked only for those who may open it.
 */
export function listPeople(db: Db, viewer: SessionUser, { limit = 50, before, search, outcome = "all", revealedBy, shortSearchWindow = SHORT_SEARCH_WINDOW }: PeopleQuery = {}, now = Date.now()): PeoplePage {
  const statements = peopleStatements(db);
  const params: PageParams = {
    limit,
    outcome: outcome === "all" ? null : outcome,
    revealedBy: revealedBy ?? null,
    beforeAt: before?.at ?? null,
    beforeId: before?.id ?? "",
    needle: null,
  };
  const wanted = searchOf(search);
  const short = wanted?.kind === "text" && wanted.text.length < 3;
  const rows = selectRows(statements, wanted, params, shortSearchWindow);
  const freshnessDays = getSetting(db, "freshnessDays");
  const freshSince = now - freshnessDays * 86_400_000;
  const cells = providerCellsOf(db, rows.map((row) => row.revealId));
  const seesEveryBatch = hasRole(viewer.role, "manager");
  const people: Person[] = rows.map(({ requestedBy, batchId, ranOutOfCredits, noNumberSent, withoutPartners, ...row }) => ({
    ...row,
    ranOutOfCredits: Boolean(ranOutOfCredits),
    noNumberSent: Boolean(noNumberSent),
    withoutPartners: Boolean(withoutPartners),
    fresh: row.answeredAt >= freshSince && !ranOutOfCredits && !noNumberSent,
    byYou: requestedBy === viewer.id,
    batchId: seesEveryBatch || requestedBy === viewer.id ? batchId : null,
    results: cells.get(row.revealId) ?? {},
  }));
  return { people, freshnessDays, next: people.length === limit ? personCursorOf(people.at(-1)!) : null, searchedNewest: short && statements.beyondWindow.get(shortSearchWindow) ? shortSearchWindow : null };
}

/**
 * A profile is looked up exactly. Text under 3 characters (too short for the trigram index) reads the newest `window`
 * answers. Otherwise few hits are sorted as they are, and many are met by walking newest first (they fill a page fast),
 * through one person's answers only when the list is narrowed to what they revealed.
 */
function selectRows(statements: PeopleStatements, wanted: Wanted | null, params: PageParams, window: number): PersonRow[] {
  const walk = params.revealedBy === null ? statements.walk : statements.walkBy;
  if (wanted === null) return walk.all(params);
  if (wanted.kind === "profile") return statements.among.all({ ...params, rowids: JSON.stringify(statements.contactByKey.all(wanted.key).map((row) => row.rowid)) });
  const needle = foldSearchText(wanted.text);
  if (wanted.text.length < 3) return statements.walkRecent.all({ ...params, needle, window });
  const hits = statements.search.all(phrase(needle), FEW_HITS + 1).map((row) => row.rowid);
  return hits.length <= FEW_HITS ? statements.among.all({ ...params, rowids: JSON.stringify(hits) }) : walk.all({ ...params, needle });
}

type Wanted = { kind: "profile"; key: string } | { kind: "text"; text: string };

/** A LinkedIn profile URL is looked up exactly; a phone number by its digits, however it is typed; the rest as typed. */
function searchOf(search: string | undefined): Wanted | null {
  // Control characters (a NUL from a pasted binary, a tab) read as spaces; the full-text index refuses a NUL.
  const text = search?.replace(/[\u0000-\u001f\u007f]+/g, " ").trim();
  if (!text) return null;
  if (/linkedin\.com\//i.test(text)) {
    const person = normaliseLinkedIn(text);
    if (person.ok) return { kind: "profile", key: person.key };
  }
  // Numbers are indexed as E.164 digits.
  return { kind: "text", text: phoneSearchDigits(text) ?? text };
}

/** An FTS5 phrase: the text as one quoted string, so that no character in it is query syntax. */
const phrase = (text: string) => `"${text.replaceAll('"', '""')}"`;

type PersonRow = Omit<Person, "fresh" | "byYou" | "results" | "ranOutOfCredits" | "noNumberSent" | "withoutPartners"> & {
  requestedBy: string;
  ranOutOfCredits: 0 | 1;
  noNumberSent: 0 | 1;
  withoutPartners: 0 | 1;
};
type PageParams = { limit: number; outcome: string | null; revealedBy: string | null; beforeAt: number | null; beforeId: string; needle: string | null };

type PeopleStatements = {
  walk: Database.Statement<[PageParams], PersonRow>;
  /** The walk through one person's answers (`revealedBy` set). */
  walkBy: Database.Statement<[PageParams], PersonRow>;
  walkRecent: Database.Statement<[PageParams & { window: number }], PersonRow>;
  /** Whether the team has more answers than a window of this size holds. */
  beyondWindow: Database.Statement<[number], { found: 1 }>;
  among: Database.Statement<[PageParams & { rowids: string }], PersonRow>;
  search: Database.Statement<[string, number], { rowid: number }>;
  contactByKey: Database.Statement<[string], { rowid: number }>;
};

const cache = new WeakMap<Database.Database, PeopleStatements>();

const COLUMNS = `r.id AS revealId, r.state, r.completed_at AS answeredAt, r.batch_id AS batchId, r.requested_by AS requestedBy,
  u.name AS revealedBy, c.first_name AS firstName, c.last_name AS lastName, c.company, c.linkedin_url AS linkedinUrl,
  c.person_id AS personId, r.error_code IS '${RAN_OUT_OF_CREDITS}' AS ranOutOfCredits,
  r.error_code IS '${FOUND_WITHOUT_NUMBER}' AS noNumberSent, r.state = 'not_found' AND r.via_partners = 0 AS withoutPartners`;
// Only a person's latest answer: a reveal paid for again replaces the older one here.
const LATEST = `NOT EXISTS (SELECT 1 FROM reveals newer WHERE newer.contact_id = r.contact_id AND newer.state IN ('found', 'not_found')
  AND (newer.completed_at > r.completed_at OR (newer.completed_at = r.completed_at AND newer.id > r.id)))`;
const FILTERS = `(:outcome IS NULL OR r.state = :outcome) AND (:revealedBy IS NULL OR r.requested_by = :revealedBy)
  AND (:beforeAt IS NULL OR r.completed_at < :beforeAt OR (r.completed_at = :beforeAt AND r.id < :beforeId))`;
const NEWEST_FIRST = "ORDER BY r.completed_at DESC, r.id DESC LIMIT :limit";

/** Answers newest first through an index on completed_at: the team's, or one person's (then it leads with them). */
const walkThrough = (index: "reveals_answered_at_idx" | "reveals_answered_by_idx") => `SELECT ${COLUMNS} FROM reveals r INDEXED BY ${index}
  JOIN contacts c ON c.id = r.contact_id JOIN users u ON u.id = r.requested_by
  WHERE r.state IN ('found', 'not_found') ${index === "reveals_answered_by_idx" ? "AND r.requested_by = :revealedBy" : ""} AND ${LATEST} AND ${FILTERS}
    AND (:needle IS NULL OR EXISTS (SELECT 1 FROM people_search s WHERE s.rowid = c.rowid AND instr(s.text, :needle) > 0))
  ${NEWEST_FIRST}`;

/**
 * Raw SQL, for what drizzle's builder cannot say: INDEXED BY (SQLite otherwise sorts every answer for a page) and the
 * full-text table. The walk's per-row check is instr, not LIKE: LIKE would be handed to the trigram index (slow one row
 * at a time). The index holds its text folded already (`searchable_text`, umlauts spelled out besides), and the needle is folded as that text is.
 */
function peopleStatements(db: Db): PeopleStatements {
  const sqlite = db.$client;
  const cached = cache.get(sqlite);
  if (cached) return cached;
  const statements: PeopleStatements = {
    walk: sqlite.prepare(walkThrough("reveals_answered_at_idx")),
    walkBy: sqlite.prepare(walkThrough("reveals_answered_by_idx")),
    walkRecent: sqlite.prepare(`SELECT ${COLUMNS} FROM (SELECT * FROM reveals INDEXED BY reveals_answered_at_idx
        WHERE state IN ('found', 'not_found') ORDER BY completed_at DESC, id DESC LIMIT :window) r
      JOIN contacts c ON c.id = r.contact_id JOIN users u ON u.id = r.requested_by
      WHERE ${LATEST} AND ${FILTERS} AND EXISTS (SELECT 1 FROM people_search s WHERE s.rowid = c.rowid AND instr(s.text, :needle) > 0)
      ${NEWEST_FIRST}`),
    beyondWindow: sqlite.prepare(`SELECT 1 AS found FROM reveals INDEXED BY reveals_answered_at_idx
      WHERE state IN ('found', 'not_found') ORDER BY completed_at DESC LIMIT 1 OFFSET ?`),
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
