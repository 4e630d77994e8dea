import type { Db } from "@/db/client";
import { nextTurn } from "@/lib/api/next-turn";
import { processState } from "@/lib/server/process-state";
import { dayIn } from "./periods";
import { COUNTED_AS_ANSWERED, registerDayFunction } from "./rebuild-rollups";
import type { ReplacedAnswer } from "./uncount-reveal-outcome";

const ROWS_PER_CHUNK = 25_000;
const SEP = "\u0000";

/** Per group: its key columns as SQLite gave them, and the sums. */
type Sums = Map<string, { key: unknown[]; sums: number[] }>;

/** What a recount under way has read so far, to take back out an answer a later one replaces after it was read. */
type Progress = { timeZone: string; cutAt: number; revealsReadTo: number; providers: Sums; outcomes: Sums };
// Written by the time-zone route's recount, read where answers are applied (the webhook route, the dispatcher).
const running = processState("revealDeskRecounts", () => new WeakMap<object, Progress>());

/**
 * The daily rollups counted again in another time zone while the app keeps serving. Up to a cut (the ledger's last row,
 * and the moment the recount starts) the sources are read in chunks between other requests; what arrived after the cut
 * is read, and the rollups replaced, in one short transaction, where `alsoInSwap` (saving the setting) runs too. Every
 * row is counted once: ledger rows by rowid (they are only ever appended), answers by completed_at (set when a reveal
 * finishes, at the real time of finishing; a "not found" a late answer replaces is taken back out: withdrawFromRecount).
 */
export type RecountOptions = {
  rowsPerChunk?: number;
  /** How the recount gives way to other requests between chunks. */
  giveWay?: () => Promise<void>;
};

export async function recountRollups(db: Db, timeZone: string, alsoInSwap: () => void, { rowsPerChunk = ROWS_PER_CHUNK, giveWay = nextTurn }: RecountOptions = {}): Promise<void> {
  registerDayFunction(db, "recount_day", timeZone);
  const sqlite = db.$client;
  const lastLedgerRow = (sqlite.prepare("SELECT coalesce(max(rowid), 0) AS n FROM credit_ledger").get() as { n: number }).n;
  const lastReveal = (sqlite.prepare("SELECT coalesce(max(rowid), 0) AS n FROM reveals").get() as { n: number }).n;
  const cutAt = Date.now();
  const sums = { spend: new Map() as Sums, providers: new Map() as Sums, outcomes: new Map() as Sums };
  const sql = statements(db);
  const progress: Progress = { timeZone, cutAt, revealsReadTo: 0, providers: sums.providers, outcomes: sums.outcomes };
  running.set(sqlite, progress);
  try {
    for (let from = 0; from < lastLedgerRow; from += rowsPerChunk) {
      add(sums.spend, sql.spendBetween.raw().all(from, Math.min(from + rowsPerChunk, lastLedgerRow)) as unknown[][], 4);
      await giveWay();
    }
    for (let from = 0; from < lastReveal; from += rowsPerChunk) {
      const to = Math.min(from + rowsPerChunk, lastReveal);
      add(sums.providers, sql.providersBetween.raw().all(from, to, cutAt) as unknown[][], 3);
      add(sums.outcomes, sql.outcomesBetween.raw().all(from, to, cutAt) as unknown[][], 4);
      progress.revealsReadTo = to;
      await giveWay();
    }
    db.transaction(
      () => {
        add(sums.spend, sql.spendAfter.raw().all(lastLedgerRow) as unknown[][], 4);
        add(sums.providers, sql.providersAfter.raw().all(cutAt) as unknown[][], 3);
        add(sums.outcomes, sql.outcomesAfter.raw().all(cutAt) as unknown[][], 4);
        sqlite.exec("DELETE FROM spend_daily; DELETE FROM provider_daily; DELETE FROM outcome_daily;");
        write(sums.spend, sql.insertSpend);
        write(sums.providers, sql.insertProviders);
        write(sums.outcomes, sql.insertOutcomes, 1);
        alsoInSwap();
      },
      { behavior: "immediate" },
    );
  } finally {
    running.delete(sqlite);
  }
}

/**
 * A recount under way counted a "not found" that a later answer now replaces, if it read the reveal's chunk before: its
 * new answer is read again after the cut (it finished after it), so the old one comes out of the recount's sums too.
 */
export function withdrawFromRecount(db: Db, answer: ReplacedAnswer): void {
  const progress = running.get(db.$client);
  if (!progress || answer.completedAt.getTime() >= progress.cutAt) return;
  const { rowid } = db.$client.prepare("SELECT rowid FROM reveals WHERE id = ?").get(answer.revealId) as { rowid: number };
  if (rowid > progress.revealsReadTo) return;
  const day = dayIn(answer.completedAt, progress.timeZone);
  for (const outcome of answer.providers) subtract(progress.providers, [day, answer.userId, outcome.provider], [1, outcome.status === "found" ? 1 : 0], 0);
  const { plan, amount } = answer.charge ?? { plan: "", amount: 0 };
  subtract(progress.outcomes, [day, answer.userId, answer.viaPartners ? 1 : 0, plan], [answer.answered, answer.charge ? 1 : 0, amount, 1], 3);
}

/** Takes `values` from a group; a group whose row count (the sum at `countAt`) comes to 0 goes, as a rebuild leaves it out. */
function subtract(sums: Sums, key: unknown[], values: number[], countAt: number): void {
  const name = key.map(String).join(SEP);
  const group = sums.get(name);
  if (!group) return;
  values.forEach((value, index) => (group.sums[index]! -= value));
  if (group.sums[countAt]! <= 0) sums.delete(name);
}

/** Adds grouped rows (the first `keyColumns` columns name the group, the rest are sums) into `sums`. */
function add(sums: Sums, rows: unknown[][], keyColumns: number): void {
  for (const row of rows) {
    const key = row.slice(0, keyColumns);
    const values = row.slice(keyColumns).map(Number);
    const name = key.map(String).join(SEP);
    const group = sums.get(name);
    if (group) values.forEach((value, index) => (group.sums[index]! += value));
    else sums.set(name, { key, sums: values });
  }
}

/** Inserts each group; `unwritten`: trailing sums kept only for the recount's own bookkeeping. */
function write(sums: Sums, insert: { run(...values: unknown[]): unknown }, unwritten = 0): void {
  for (const { key, sums: values } of sums.values()) insert.run(...key, ...values.slice(0, values.length - unwritten));
}

function statements(db: Db) {
  const sqlite = db.$client;
  const spend = `SELECT recount_day(created_at), user_id, batch_id, provider, count(*), sum(amount) FROM credit_ledger`;
  const providers = `SELECT recount_day(r.completed_at), r.requested_by, p.provider, count(*), sum(p.status = 'found')
    FROM reveals r JOIN provider_results p ON p.reveal_id = r.id`;
  const outcomes = `SELECT recount_day(r.completed_at), r.requested_by, r.via_partners, coalesce(l.plan, ''), ${COUNTED_AS_ANSWERED}, sum(l.id IS NOT NULL),
      coalesce(sum(l.amount), 0), count(*)
    FROM reveals r LEFT JOIN credit_ledger l ON l.reveal_id = r.id`;
  const answered = "r.state IN ('found', 'not_found') AND r.source_reveal_id IS NULL";
  return {
    spendBetween: sqlite.prepare(`${spend} WHERE rowid > ? AND rowid <= ? GROUP BY 1, 2, 3, 4`),
    spendAfter: sqlite.prepare(`${spend} WHERE rowid > ? GROUP BY 1, 2, 3, 4`),
    providersBetween: sqlite.prepare(`${providers} WHERE r.rowid > ? AND r.rowid <= ? AND r.completed_at < ? GROUP BY 1, 2, 3`),
    // Only answered reveals have provider results: the index of answers finds the few that finished after the cut.
    providersAfter: sqlite.prepare(`${providers.replace("FROM reveals r", "FROM reveals r INDEXED BY reveals_answered_at_idx")}
      WHERE r.state IN ('found', 'not_found') AND r.completed_at >= ? GROUP BY 1, 2, 3`),
    outcomesBetween: sqlite.prepare(`${outcomes} WHERE r.rowid > ? AND r.rowid <= ? AND ${answered} AND r.completed_at < ? GROUP BY 1, 2, 3, 4`),
    outcomesAfter: sqlite.prepare(`${outcomes.replace("FROM reveals r", "FROM reveals r INDEXED BY reveals_answered_at_idx")}
      WHERE ${answered} AND r.completed_at >= ? GROUP BY 1, 2, 3, 4`),
    insertSpend: sqlite.prepare("INSERT INTO spend_daily (day, user_id, batch_id, provider, charges, credits) VALUES (?, ?, ?, ?, ?, ?)"),
    insertProviders: sqlite.prepare("INSERT INTO provider_daily (day, user_id, provider, asked, found) VALUES (?, ?, ?, ?, ?)"),
    insertOutcomes: sqlite.prepare("INSERT INTO outcome_daily (day, user_id, via_partners, plan, answered, found, credits) VALUES (?, ?, ?, ?, ?, ?, ?)"),
  };
}
