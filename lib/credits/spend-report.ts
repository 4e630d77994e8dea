import { and, desc, eq, gte, inArray, lte, sql, sum, type SQL } from "drizzle-orm";
import type { SQLiteColumn } from "drizzle-orm/sqlite-core";
import type { Db } from "@/db/client";
import { batches, outcomeDaily, providerDaily, spendDaily, users } from "@/db/schema";
import type { DayRange } from "./periods";
import { batchLabel } from "@/lib/reveals/batch-label";
import { batchNamingColumns } from "@/lib/reveals/batch-naming-columns";

/** Whose spend a report covers: everyone's (managers) or one person's (an SDR always sees only their own). */
export type SpendScope = { range: DayRange; userId: string | null };

export type SpendFigure = { credits: number; charges: number };
export type SpendReport = {
  range: DayRange;
  userId: string | null;
  totals: SpendFigure & { costPerFound: number | null };
  byDay: (SpendFigure & { day: string })[];
  /** Each SDR's spend, and of the reveals answered for them in the range (found or not), how many found a number. */
  byUser: (SpendFigure & { userId: string; name: string; answered: number; found: number; foundRate: number | null })[];
  byBatch: (SpendFigure & { batchId: string; name: string; createdBy: string; createdAt: number })[];
  providers: ProviderScore[];
};
export type ProviderScore = SpendFigure & { provider: string; asked: number; found: number; foundRate: number | null; costPerFound: number | null };

const TOP_BATCHES = 50;
const figure = { credits: sql<number>`coalesce(sum(${spendDaily.credits}), 0)`, charges: sql<number>`coalesce(sum(${spendDaily.charges}), 0)` };

/**
 * The dashboard's figures, all from the daily rollups (a few rows per SDR, batch and provider per day). Each query
 * groups first and joins names afterwards, so a year of a big team's rollups stays well under the 150 ms budget.
 */
export function getSpendReport(db: Db, scope: SpendScope): SpendReport {
  const where = inScope(spendDaily, scope);
  const days = db.select({ day: spendDaily.day, ...figure }).from(spendDaily).where(where).groupBy(spendDaily.day).all().map((row) => ({ day: row.day, ...numbers(row) }));
  const cells = db
    .select({ userId: spendDaily.userId, provider: spendDaily.provider, ...figure })
    .from(spendDaily)
    .where(where)
    .groupBy(spendDaily.userId, spendDaily.provider)
    .all()
    .map((row) => ({ userId: row.userId, provider: row.provider, ...numbers(row) }));
  const totals = days.reduce((sum, day) => ({ credits: sum.credits + day.credits, charges: sum.charges + day.charges }), { credits: 0, charges: 0 });
  return {
    range: scope.range,
    userId: scope.userId,
    totals: { ...totals, costPerFound: ratio(totals.credits, totals.charges) },
    byDay: fillDays(scope.range, days),
    byUser: spendByUser(db, cells, outcomesByUser(db, scope)),
    byBatch: topBatches(db, where),
    providers: scoreProviders(db, scope, cells),
  };
}

type Outcomes = Map<string, { answered: number; found: number }>;

/** An SDR whose lists found nothing spent nothing, and is listed all the same: with a found rate of 0%. */
function spendByUser(db: Db, cells: (SpendFigure & { userId: string })[], outcomes: Outcomes): SpendReport["byUser"] {
  const byUser = new Map<string, SpendFigure>([...outcomes.keys()].map((userId) => [userId, { credits: 0, charges: 0 }]));
  for (const cell of cells) {
    const sum = byUser.get(cell.userId) ?? { credits: 0, charges: 0 };
    byUser.set(cell.userId, { credits: sum.credits + cell.credits, charges: sum.charges + cell.charges });
  }
  if (byUser.size === 0) return [];
  const names = new Map(db.select({ id: users.id, name: users.name }).from(users).where(inArray(users.id, [...byUser.keys()])).all().map((user) => [user.id, user.name]));
  return [...byUser.entries()]
    .map(([userId, sum]) => {
      const { answered, found } = outcomes.get(userId) ?? { answered: 0, found: 0 };
      return { userId, name: names.get(userId) ?? "Former user", ...sum, answered, found, foundRate: answered > 0 ? found / answered : null };
    })
    .sort((a, b) => b.credits - a.credits || b.answered - a.answered || a.name.localeCompare(b.name));
}

/** Reveals answered per SDR in the range, from the daily outcome rollup (days of the team's time zone, as spend's). */
function outcomesByUser(db: Db, scope: SpendScope): Outcomes {
  const rows = db
    .select({ userId: outcomeDaily.userId, answered: sum(outcomeDaily.answered), found: sum(outcomeDaily.found) })
    .from(outcomeDaily)
    .where(inScope(outcomeDaily, scope))
    .groupBy(outcomeDaily.userId)
    .all();
  return new Map(rows.filter((row) => Number(row.answered ?? 0) > 0).map((row) => [row.userId, { answered: Number(row.answered ?? 0), found: Number(row.found ?? 0) }]));
}

function topBatches(db: Db, where: SQL | undefined): SpendReport["byBatch"] {
  const top = db
    .select({ batchId: spendDaily.batchId, credits: figure.credits.as("credits"), charges: figure.charges.as("charges") })
    .from(spendDaily)
    .where(where)
    .groupBy(spendDaily.batchId)
    .orderBy(desc(sql`credits`))
    .limit(TOP_BATCHES)
    .as("top");
  return db
    .select({ batchId: top.batchId, credits: top.credits, charges: top.charges, naming: batchNamingColumns, createdBy: users.name, createdAt: batches.createdAt })
    .from(top)
    .innerJoin(batches, eq(batches.id, top.batchId))
    .innerJoin(users, eq(users.id, batches.createdBy))
    .orderBy(desc(top.credits))
    .all()
    .map((row) => ({
      batchId: row.batchId,
      name: batchLabel(row.naming),
      createdBy: row.createdBy,
      createdAt: row.createdAt.getTime(),
      ...numbers(row),
    }));
}

/** Per provider: how often it was asked, how often it found a number, what the team paid it and per found number. */
function scoreProviders(db: Db, scope: SpendScope, cells: (SpendFigure & { provider: string })[]): ProviderScore[] {
  const asked = db
    .select({ provider: providerDaily.provider, asked: sum(providerDaily.asked), found: sum(providerDaily.found) })
    .from(providerDaily)
    .where(inScope(providerDaily, scope))
    .groupBy(providerDaily.provider)
    .all();
  const byProvider = new Map<string, ProviderScore>();
  const entry = (provider: string) =>
    byProvider.get(provider) ??
    byProvider.set(provider, { provider, asked: 0, found: 0, foundRate: null, credits: 0, charges: 0, costPerFound: null }).get(provider)!;
  for (const row of asked) Object.assign(entry(row.provider), { asked: Number(row.asked ?? 0), found: Number(row.found ?? 0) });
  for (const cell of cells) {
    const score = entry(cell.provider);
    score.credits += cell.credits;
    score.charges += cell.charges;
  }
  return [...byProvider.values()]
    .map((score) => ({ ...score, foundRate: score.asked > 0 ? score.found / score.asked : null, costPerFound: ratio(score.credits, score.charges) }))
    .sort((a, b) => b.credits - a.credits || b.asked - a.asked || a.provider.localeCompare(b.provider));
}

/** The scope's days (and SDR) in any of the daily rollups, which all count days of the team's time zone. */
function inScope(rollup: { day: SQLiteColumn; userId: SQLiteColumn }, { range, userId }: SpendScope): SQL | undefined {
  return and(gte(rollup.day, range.from), lte(rollup.day, range.to), userId ? eq(rollup.userId, userId) : undefined);
}

function numbers(row: { credits: unknown; charges: unknown }): SpendFigure {
  return { credits: Number(row.credits ?? 0), charges: Number(row.charges ?? 0) };
}

function ratio(credits: number, charges: number): number | null {
  return charges > 0 ? Math.round((credits / charges) * 10) / 10 : null;
}

/** Every day of the range, zero where nothing was spent, so the chart has no gaps (at most a year and a bit). */
function fillDays(range: DayRange, rows: (SpendFigure & { day: string })[]): (SpendFigure & { day: string })[] {
  const byDay = new Map(rows.map((row) => [row.day, row]));
  const filled: (SpendFigure & { day: string })[] = [];
  for (let at = Date.parse(`${range.from}T00:00:00Z`); at <= Date.parse(`${range.to}T00:00:00Z`); at += 86_400_000) {
    const day = new Date(at).toISOString().slice(0, 10);
    filled.push(byDay.get(day) ?? { day, credits: 0, charges: 0 });
  }
  return filled;
}
