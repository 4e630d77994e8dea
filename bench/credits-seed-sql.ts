import { v7Sql } from "./credits-plan";

/**
 * INSERT … SELECT statements that expand the batch plan (temp table bench_plan) into contacts, reveals, provider
 * results and ledger rows inside SQLite, in time order so every primary key is appended, as with db/ids.ts.
 * `g` numbers reveals (and their contacts) 0…n-1; `h` is a multiplicative hash of it standing in for chance.
 */
const hash = (g: string) => `((((${g}) + 1) * 2654435761) % 4294967296 >> 8)`;

export const TEMP_TABLES = `
  CREATE TEMP TABLE bench_plan (k INTEGER PRIMARY KEY, batch_id TEXT, user_id TEXT, at INTEGER, first INTEGER, size INTEGER, partners INTEGER, open INTEGER);
  CREATE TEMP TABLE bench_seq (i INTEGER PRIMARY KEY);
  CREATE TEMP TABLE bench_provider (slot INTEGER PRIMARY KEY, name TEXT, price INTEGER);
  CREATE TEMP TABLE bench_position (p INTEGER PRIMARY KEY);
  INSERT INTO bench_position VALUES (1), (2), (3), (4);
`;

export const FILL_SEQ = `
  INSERT INTO bench_seq WITH RECURSIVE counter(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM counter WHERE i < ? - 1) SELECT i FROM counter`;

const people = `
  SELECT b.*, s.i, b.first + s.i AS g,
    CASE WHEN s.i >= b.size - b.open THEN (CASE WHEN s.i % 2 = 0 THEN 'queued' ELSE 'awaiting' END)
         WHEN s.i % 10 = 9 THEN 'not_found' ELSE 'found' END AS state
  FROM bench_plan b JOIN bench_seq s ON s.i < b.size ORDER BY b.k, s.i`;

export const INSERT_CONTACTS = `
  INSERT INTO contacts (id, key, linkedin_url, person_id, first_name, last_name, company, created_at, updated_at)
  SELECT ${v7Sql("at", 0x0c0, "g")}, 'li:' || url, url, CASE WHEN g % 7 = 0 THEN '7' || printf('%018d', g) END,
    json_extract(:first, '$[' || (${hash("g")} % 10) || ']'), json_extract(:last, '$[' || (${hash("g")} / 10 % 10) || ']'),
    'Acme ' || (g % 977) || ' Ltd', at, at
  FROM (SELECT p.*, 'https://www.linkedin.com/in/person-' || printf('%07d', g) || '/' AS url FROM (${people}) p)`;

export const INSERT_REVEALS = `
  INSERT INTO reveals (id, batch_id, contact_id, requested_by, state, via_partners, tracking_id, attempts, next_attempt_at,
    track_polls, created_at, dispatched_at, awaiting_since, completed_at, updated_at)
  SELECT ${v7Sql("at", 0x0e0, "g")}, batch_id, ${v7Sql("at", 0x0c0, "g")}, user_id, state, partners,
    CASE WHEN state <> 'queued' THEN 'trk-' || printf('%07d', g) END, state <> 'queued', at, 0, at,
    CASE WHEN state <> 'queued' THEN sent END, CASE WHEN state <> 'queued' THEN sent + 400 END,
    CASE WHEN state IN ('found', 'not_found') THEN sent + 15000 + ${hash("g")} % 75000 END,
    CASE WHEN state IN ('found', 'not_found') THEN sent + 15000 + ${hash("g")} % 75000 ELSE at END
  FROM (SELECT p.*, at + 500 + i * 200 AS sent FROM (${people}) p)`;

/** Finished reveals with their g (rowid order = insertion order), providers asked (m) and where the rotation starts. */
const finished = `
  SELECT r.*, r.rowid AS n, r.rowid - 1 AS g, ${hash("r.rowid - 1")} AS h,
    CASE WHEN r.via_partners THEN 1 + (${hash("r.rowid - 1")} >> 4) % 4 ELSE 1 END AS m
  FROM reveals r WHERE r.completed_at IS NOT NULL`;
const slotAt = (position: string) => `CASE WHEN ${position} = 1 THEN 0 ELSE 1 + (h + ${position} - 2) % 6 END`;

export const INSERT_PROVIDER_RESULTS = `
  INSERT INTO provider_results (id, reveal_id, provider, status, position, numbers, charged, created_at)
  SELECT ${v7Sql("x.completed_at", 0x0f0, "x.g * 8 + x.p")}, x.id, pr.name, CASE WHEN hit THEN 'found' ELSE 'notFound' END, x.p,
    CASE WHEN hit THEN '[{"raw":"+1 415 555 ' || printf('%04d', x.g % 10000) || '","e164":"+1415555' || printf('%04d', x.g % 10000) || '","type":"mobile"}]' ELSE '[]' END,
    hit, x.completed_at
  FROM (SELECT f.*, q.p AS p, f.state = 'found' AND q.p = f.m AS hit FROM (${finished}) f JOIN bench_position q ON q.p <= f.m) x
  JOIN bench_provider pr ON pr.slot = ${slotAt("x.p")}
  ORDER BY x.n, x.p`;

export const INSERT_LEDGER = `
  INSERT INTO credit_ledger (id, reveal_id, user_id, batch_id, provider, plan, amount, estimated, created_at)
  SELECT ${v7Sql("f.completed_at", 0x0d0, "f.g")}, f.id, f.requested_by, f.batch_id, pr.name, 'max', pr.price, f.completed_at > :confirmedUntil, f.completed_at
  FROM (${finished} AND r.state = 'found') f
  JOIN bench_provider pr ON pr.slot = ${slotAt("f.m")}
  ORDER BY f.n`;

/** Ledger credits per 10-minute slot after `start`, for the balance readings. */
export const SPEND_PER_SLOT = `SELECT (created_at - :start - 1) / :slotMs AS slot, sum(amount) AS credits FROM credit_ledger GROUP BY slot`;
