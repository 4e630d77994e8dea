import { and, desc, eq, gte, lte, sql, sum } from "drizzle-orm";
import type { Db } from "@/db/client";
import { batches, providerDaily, spendDaily, users } from "@/db/schema";
import type { DayRange } from "./periods";

/** Whose spend a report covers: everyone's (managers) or one person's (an SDR always sees only their own). */
export type SpendScope = { range: DayRange; userId: string | null };

export type SpendFigure = { credits: number; charges: number };
export type SpendReport = {
  range: DayRange;
  userId: string | null;
  totals: SpendFigure & { costPerFound: number | null };
  byDay: (SpendFigure & { day: string })[];
  byUser: (SpendFigure & { userId: string; name: string })[];
  byBatch: (SpendFigure & { batchId: string; name: string; createdBy: string; createdAt: number })[];
  providers: ProviderScore[];
};
export type ProviderScore = SpendFigure & { provider: string; asked: number; found: number; foundRate: number | null; costPerFound: number | null };

const TOP_BATCHES = 50;
const figure = { credits: sql<number>`coalesce(sum(${spendDaily.credits}), 0)`, charges: sql<number>`coalesce(sum(${spendDaily.charges}), 0)` };

/** The dashboard's figures, all from the daily rollups (a few rows per SDR, batch and provider per day). */
export function getSpendReport(db: Db, scope: SpendScope): SpendReport {
  const where = spendWhere(scope);
  const totals = db.select(figure).from(spendDaily).where(where).get() ?? { credits: 0, charges: 0 };
  const days = db.select({ day: spendDaily.day, ...figure }).from(spendDaily).where(where).groupBy(spendDaily.day).all();
  const byUser = db
    .select({ userId: spendDaily.userId, name: users.name, ...figure })
    .from(spendDaily)
    .innerJoin(users, eq(users.id, spendDaily.userId))
    .where(where)
    .groupBy(spendDaily.userId)
    .orderBy(desc(figure.credits))
    .all();
  const byBatch = db
    .select({ batchId: spendDaily.batchId, fileName: batches.fileName, source: batches.source, createdBy: users.name, createdAt: batches.createdAt, ...figure })
    .from(spendDaily)
    .innerJoin(batches, eq(batches.id, spendDaily.batchId))
    .innerJoin(users, eq(users.id, batches.createdBy))
    .where(where)
    .groupBy(spendDaily.batchId)
    .orderBy(desc(figure.credits))
    .limit(TOP_BATCHES)
    .all();
  return {
    range: scope.range,
    userId: scope.userId,
    totals: { ...numbers(totals), costPerFound: ratio(Number(totals.credits), Number(totals.charges)) },
    byDay: fillDays(scope.range, days.map((row) => ({ day: row.day, ...numbers(row) }))),
    byUser: byUser.map((row) => ({ userId: row.userId, name: row.name, ...numbers(row) })),
    byBatch: byBatch.map((row) => ({
      batchId: row.batchId,
      name: row.fileName ?? (row.source === "paste" ? "Pasted list" : "Batch"),
      createdBy: row.createdBy,
      createdAt: row.createdAt.getTime(),
      ...numbers(row),
    })),
    providers: getProviderScores(db, scope),
  };
}

/** Per provider: how often it was asked, how often it found a number, what the team paid it and per found number. */
export function getProviderScores(db: Db, scope: SpendScope): ProviderScore[] {
  const { range, userId } = scope;
  const asked = db
    .select({ provider: providerDaily.provider, asked: sum(providerDaily.asked), found: sum(providerDaily.found) })
    .from(providerDaily)
    .where(and(gte(providerDaily.day, range.from), lte(providerDaily.day, range.to), userId ? eq(providerDaily.userId, userId) : undefined))
    .groupBy(providerDaily.provider)
    .all();
  const spent = db.select({ provider: spendDaily.provider, ...figure }).from(spendDaily).where(spendWhere(scope)).groupBy(spendDaily.provider).all();
  const byProvider = new Map<string, ProviderScore>();
  const entry = (provider: string) =>
    byProvider.get(provider) ??
    byProvider.set(provider, { provider, asked: 0, found: 0, foundRate: null, credits: 0, charges: 0, costPerFound: null }).get(provider)!;
  for (const row of asked) Object.assign(entry(row.provider), { asked: Number(row.asked ?? 0), found: Number(row.found ?? 0) });
  for (const row of spent) Object.assign(entry(row.provider), numbers(row));
  return [...byProvider.values()]
    .map((score) => ({ ...score, foundRate: score.asked > 0 ? score.found / score.asked : null, costPerFound: ratio(score.credits, score.charges) }))
    .sort((a, b) => b.credits - a.credits || b.asked - a.asked || a.provider.localeCompare(b.provider));
}

function spendWhere({ range, userId }: SpendScope) {
  return and(gte(spendDaily.day, range.from), lte(spendDaily.day, range.to), userId ? eq(spendDaily.userId, userId) : undefined);
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
