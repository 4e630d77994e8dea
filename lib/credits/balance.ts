import { and, asc, desc, gt, gte, lte, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { creditBalances, creditLedger } from "@/db/schema";
import type { CloduraClient } from "@/lib/clodura/client";
import { payloadFormOf, type Plan } from "@/lib/settings/definitions";
import { getSetting } from "@/lib/settings/settings";
import { latestAnswerForm } from "./pricing-plan";

export type BalanceReading = { at: number; kind: "pool" | "prospect" | "unavailable" | "error"; remaining: number | null; exportsRemaining: number | null; message: string | null };

export type BalanceSummary = {
  latest: BalanceReading | null;
  /** "credits" on Free Forever / Max / PAYG; on Prospect plans the phone credits (one per found number). */
  unit: "credits" | "phone credits";
  /** Over the compared intervals: what Clodura's balance says was spent, what the ledger charged, and the difference. */
  since: number | null;
  cloduraSpent: number;
  ledgerSpent: number;
  drift: number;
  /** Intervals skipped because the balance went up (a top-up): spend cannot be compared across them. */
  topUps: number;
  /** Set when Clodura's answer belongs to another plan family than the plan setting: charges would be priced wrong. */
  planMismatch: string | null;
};

const COMPARE_DAYS = 30;

/** Reads Clodura's balance and stores the reading; on a match with the ledger, the interval's charges are confirmed. */
export async function readBalance(db: Db, client: CloduraClient, now = new Date()): Promise<BalanceReading> {
  const response = await client.credits();
  let reading: Omit<BalanceReading, "at">;
  if (response.ok) {
    const body = response.body;
    reading =
      body.kind === "pool"
        ? { kind: "pool", remaining: body.remainingCredits, exportsRemaining: null, message: null }
        : { kind: "prospect", remaining: body.directDials ?? null, exportsRemaining: body.contactsView, message: null };
  } else if (response.failure.status === 404) {
    reading = { kind: "unavailable", remaining: null, exportsRemaining: null, message: "Not available on this plan: Clodura has no balance endpoint for it." };
  } else {
    reading = { kind: "error", remaining: null, exportsRemaining: null, message: balanceFailure(response.failure) };
  }
  const previous = latestComparable(db);
  db.insert(creditBalances).values({ ...reading, createdAt: now }).run();
  if (previous && reading.remaining !== null && previous.kind === reading.kind && previous.remaining !== null) {
    const interval = { from: previous.at, to: now.getTime() };
    const spent = previous.remaining - reading.remaining;
    if (spent >= 0 && spent === ledgerSpentBetween(db, reading.kind, interval)) confirmCharges(db, interval);
  }
  return { ...reading, at: now.getTime() };
}

/** The latest reading beside the ledger, with the drift summed over consecutive readings of the last 30 days. */
export function getBalanceSummary(db: Db, now = new Date()): BalanceSummary {
  const latestRow = db.select().from(creditBalances).orderBy(desc(creditBalances.createdAt)).limit(1).get();
  const latest = latestRow ? toReading(latestRow) : null;
  const comparableKind = latestComparable(db)?.kind;
  const readings = db
    .select()
    .from(creditBalances)
    .where(and(gte(creditBalances.createdAt, new Date(now.getTime() - COMPARE_DAYS * 86_400_000)), sql`${creditBalances.remaining} is not null`))
    .orderBy(asc(creditBalances.createdAt))
    .all()
    .map(toReading)
    // After a failed or 404 reading, keep comparing the readings that did carry a figure.
    .filter((reading) => reading.kind === comparableKind);
  const summary: BalanceSummary = {
    latest,
    unit: comparableKind === "prospect" ? "phone credits" : "credits",
    since: readings[0]?.at ?? null,
    cloduraSpent: 0,
    ledgerSpent: 0,
    drift: 0,
    topUps: 0,
    planMismatch: planMismatch(getSetting(db, "plan"), comparableKind) ?? chargeMismatch(db, getSetting(db, "plan")),
  };
  // Consecutive intervals tile [first, last]: one ledger sum over it, minus the top-up intervals that cannot be compared.
  const skipped: { from: number; to: number }[] = [];
  for (let index = 1; index < readings.length; index += 1) {
    const [before, after] = [readings[index - 1]!, readings[index]!];
    const spent = before.remaining! - after.remaining!;
    if (spent < 0) skipped.push({ from: before.at, to: after.at });
    else summary.cloduraSpent += spent;
  }
  summary.topUps = skipped.length;
  const [first, last] = [readings[0], readings.at(-1)];
  if (first && last && comparableKind) {
    summary.ledgerSpent =
      ledgerSpentBetween(db, comparableKind, { from: first.at, to: last.at }) -
      skipped.reduce((sum, interval) => sum + ledgerSpentBetween(db, comparableKind, interval), 0);
  }
  summary.drift = summary.cloduraSpent - summary.ledgerSpent;
  return summary;
}

function planMismatch(plan: Plan, kind: BalanceReading["kind"] | undefined): string | null {
  if (kind !== "pool" && kind !== "prospect") return null;
  if (kind === (payloadFormOf(plan) === "multi" ? "pool" : "prospect")) return null;
  return kind === "pool"
    ? "Clodura answers with a single credit pool (Free Forever, Max or PAYG), but the plan setting is a Prospect plan: an admin should check the plan in Settings."
    : "Clodura answers with Prospect counters, but the plan setting is Free Forever, Max or PAYG: an admin should check the plan in Settings.";
}

/** The latest charge came in the other family's webhook form, so it was charged by that family, not by the setting. */
function chargeMismatch(db: Db, plan: Plan): string | null {
  const answeredIn = latestAnswerForm(db);
  if (!answeredIn || answeredIn === payloadFormOf(plan)) return null;
  return answeredIn === "standard"
    ? "Clodura's results come in the Standard form of Prospect plans, but the plan setting is Free Forever, Max or PAYG: they are charged as Prospect (1 phone + 1 export credit). An admin should set the plan in Settings."
    : "Clodura's results come in the Multi-Provider form of Free Forever, Max and PAYG, but the plan setting is a Prospect plan: they are charged by the provider price table. An admin should set the plan in Settings.";
}

/** The latest reading that carried a figure (a failed or 404 reading does not). */
export function latestComparable(db: Db): BalanceReading | null {
  const row = db.select().from(creditBalances).where(sql`${creditBalances.remaining} is not null`).orderBy(desc(creditBalances.createdAt)).limit(1).get();
  return row ? toReading(row) : null;
}

/** Pool plans: credits charged. Prospect plans: phone credits, one per found number (the export credit is separate). */
export function ledgerSpentBetween(db: Db, kind: BalanceReading["kind"], interval: { from: number; to: number }): number {
  const row = db
    .select({ credits: sql<number>`coalesce(sum(${creditLedger.amount}), 0)`, charges: sql<number>`count(*)` })
    .from(creditLedger)
    .where(and(gt(creditLedger.createdAt, new Date(interval.from)), lte(creditLedger.createdAt, new Date(interval.to))))
    .get();
  return Number(kind === "prospect" ? row?.charges : row?.credits) || 0;
}

function confirmCharges(db: Db, interval: { from: number; to: number }): void {
  db.update(creditLedger)
    .set({ estimated: false })
    .where(and(gt(creditLedger.createdAt, new Date(interval.from)), lte(creditLedger.createdAt, new Date(interval.to))))
    .run();
}

function toReading(row: typeof creditBalances.$inferSelect): BalanceReading {
  return { at: row.createdAt.getTime(), kind: row.kind, remaining: row.remaining, exportsRemaining: row.exportsRemaining, message: row.message };
}

/**
 * Why the balance could not be read, in words for the balance card: a refused balance request pauses nothing (only a
 * refused reveal does), so the dispatcher's "Sending is paused…" sentences do not belong here.
 */
function balanceFailure(failure: { status: number | null; message: string }): string {
  if (failure.status === 401) {
    return "Clodura rejected the API key when the balance was read (HTTP 401): check CLODURA_API_KEY on the server (current and active in the Clodura account) and restart.";
  }
  return failure.message.replace(/ Sending is paused[^]*$/, "");
}
