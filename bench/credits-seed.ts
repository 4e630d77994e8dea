import { openDatabase } from "../db/client";
import { rebuildSpendRollups } from "../lib/credits/rebuild-rollups";
import { rebuildPeopleSearch } from "../lib/reveals/people-search";
import { DAY_MS, DAYS, planBatches, planUsers, PROVIDERS, v7, type PlannedBatch, type PlannedUser } from "./credits-plan";
import { FILL_SEQ, INSERT_CONTACTS, INSERT_LEDGER, INSERT_PROVIDER_RESULTS, INSERT_REVEALS, SPEND_PER_SLOT, TEMP_TABLES } from "./credits-seed-sql";

type Sqlite = ReturnType<typeof openDatabase>["$client"];

export type SeededTeam = {
  users: PlannedUser[];
  batches: PlannedBatch[];
  counts: Record<string, number>;
  steps: [string, number][];
  seconds: number;
};

const READING_MS = 10 * 60_000; // balanceCheckMinutes' default: the watcher reads Clodura's balance every 10 minutes
const COUNTED = ["users", "batches", "contacts", "reveals", "provider_results", "credit_ledger", "spend_daily", "provider_daily", "credit_balances", "budgets"];

/** Seeds a year of a ~20-person team into a fresh, migrated SQLite file: raw SQL in one transaction, then the rollups. */
export function seedCreditsDatabase(file: string, now: number): SeededTeam {
  const started = performance.now();
  const steps: [string, number][] = [];
  const step = (name: string, work: () => void) => {
    const at = performance.now();
    work();
    steps.push([name, performance.now() - at]);
  };
  const db = openDatabase(file);
  const sqlite = db.$client;
  // A throwaway file: no journal and no fsync while seeding, and room to keep every index page in memory. The plan
  // inserts every parent before its children, so the per-row foreign-key lookups are skipped too.
  sqlite.pragma("journal_mode = OFF");
  sqlite.pragma("synchronous = OFF");
  sqlite.pragma("cache_size = -4194304");
  sqlite.pragma("foreign_keys = OFF");
  sqlite.pragma("temp_store = MEMORY");
  const users = planUsers(now);
  const batches = planBatches(users, now);
  sqlite.transaction(() => {
    step("users, batches, plan", () => insertPlan(sqlite, users, batches, now));
    step("contacts", () => sqlite.prepare(INSERT_CONTACTS).run({ first: JSON.stringify(FIRST_NAMES), last: JSON.stringify(LAST_NAMES) }));
    step("reveals", () => sqlite.prepare(INSERT_REVEALS).run());
    step("provider_results", () => sqlite.prepare(INSERT_PROVIDER_RESULTS).run());
    step("credit_ledger", () => sqlite.prepare(INSERT_LEDGER).run({ confirmedUntil: now - 2 * DAY_MS }));
    step("budgets, balance readings", () => insertBudgetsAndReadings(sqlite, users, now));
  })();
  sqlite.exec("DROP TABLE bench_plan; DROP TABLE bench_seq; DROP TABLE bench_provider; DROP TABLE bench_position;");
  step("rebuild rollups", () => rebuildSpendRollups(db));
  step("people search", () => rebuildPeopleSearch(db));
  const counts = Object.fromEntries(COUNTED.map((table) => [table, (sqlite.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n]));
  sqlite.pragma("journal_mode = WAL");
  sqlite.close();
  return { users, batches, counts, steps, seconds: (performance.now() - started) / 1000 };
}

const FIRST_NAMES = ["Ana", "Ben", "Chloe", "Dmitri", "Elena", "Farid", "Grace", "Hiro", "Ines", "Jonas"];
const LAST_NAMES = ["Adams", "Baker", "Costa", "Dubois", "Eriksen", "Fischer", "Garcia", "Haddad", "Ivanova", "Jensen"];

function insertPlan(sqlite: Sqlite, users: PlannedUser[], batches: PlannedBatch[], now: number): void {
  sqlite.exec(TEMP_TABLES);
  const userRow = sqlite.prepare("INSERT INTO users (id, email, name, password_hash, role, created_at) VALUES (?, ?, ?, 'x', ?, ?)");
  for (const user of users) userRow.run(user.id, user.email, user.name, user.role, now - (DAYS + 30) * DAY_MS);
  const provider = sqlite.prepare("INSERT INTO bench_provider (slot, name, price) VALUES (?, ?, ?)");
  PROVIDERS.forEach(({ name, price }, slot) => provider.run(slot, name, price));
  const managerId = users.find((user) => user.role === "manager")!.id;
  const batchRow = sqlite.prepare(
    `INSERT INTO batches (id, source, created_by, via_partners, total, file_name, worst_case, expected, approval, approval_reason, decided_by, decided_at, created_at)
     VALUES (@id, @source, @userId, @partners, @size, @fileName, @worstCase, @expected, @approval, @reason, @decidedBy, @decidedAt, @at)`,
  );
  const planRow = sqlite.prepare("INSERT INTO bench_plan (k, batch_id, user_id, at, first, size, partners, open) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
  batches.forEach((batch, k) => {
    const approved = k % 40 === 39; // now and then a batch went over budget and a manager approved it
    batchRow.run({
      ...batch,
      partners: batch.viaPartners ? 1 : 0,
      fileName: batch.source === "csv" ? `apollo-export-${k + 1}.csv` : null,
      worstCase: batch.size * (batch.viaPartners ? 20 : 10),
      expected: Math.round(batch.size * 0.9 * (batch.viaPartners ? 14 : 10)),
      approval: approved ? "approved" : "none",
      reason: approved ? "Over your monthly budget." : null,
      decidedBy: approved ? managerId : null,
      decidedAt: approved ? batch.at + 20 * 60_000 : null,
    });
    planRow.run(k, batch.id, batch.userId, batch.at, batch.first, batch.size, batch.viaPartners ? 1 : 0, batch.open);
  });
  sqlite.prepare(FILL_SEQ).run(Math.max(...batches.map((batch) => batch.size)));
}

/** Caps for the team and each SDR, and a year of balance readings that follow the ledger (top-ups, a little drift). */
function insertBudgetsAndReadings(sqlite: Sqlite, users: PlannedUser[], now: number): void {
  const managerId = users.find((user) => user.role === "manager")!.id;
  const budget = sqlite.prepare("INSERT INTO budgets (subject, period, credits, updated_by, updated_at) VALUES (?, ?, ?, ?, ?)");
  budget.run("team", "month", 1_600_000, managerId, now - 40 * DAY_MS);
  for (const user of users.filter((candidate) => candidate.role === "sdr")) {
    budget.run(user.id, "day", 8_000, managerId, now - 40 * DAY_MS);
    budget.run(user.id, "month", 120_000, managerId, now - 40 * DAY_MS);
  }
  const start = now - DAYS * DAY_MS;
  const spent = new Map<number, number>();
  for (const row of sqlite.prepare(SPEND_PER_SLOT).all({ start: BigInt(start), slotMs: BigInt(READING_MS) }) as { slot: number; credits: number }[]) spent.set(row.slot, row.credits);
  const reading = sqlite.prepare("INSERT INTO credit_balances (id, kind, remaining, exports_remaining, message, created_at) VALUES (?, 'pool', ?, NULL, NULL, ?)");
  let remaining = 2_000_000;
  for (let slot = 0; start + slot * READING_MS <= now; slot += 1) {
    const at = start + slot * READING_MS;
    reading.run(v7(at, 0x0ba, slot), remaining, at);
    remaining -= (spent.get(slot) ?? 0) + (slot % 144 === 77 ? 3 : 0); // once a day Clodura charges 3 credits more
    if (remaining < 100_000) remaining += 2_000_000; // a top-up
  }
}
