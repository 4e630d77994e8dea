import { sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { creditLedger } from "@/db/schema";
import { getBalanceSummary, ledgerSpentBetween, type BalanceSummary } from "./balance";
import { balanceHeadroom } from "./balance-headroom";

const PACE_DAYS = 7;
const DAY_MS = 86_400_000;

/** How long what is left lasts at the team's recent pace. */
export type BalanceRunway = {
  /** What the ledger charged per day over the last 7 days (fewer when the team's first charge is more recent), in the balance's unit. */
  perDay: number;
  /** The days that pace is taken over, rounded: 7, or the days since the team's first charge when that is sooner. */
  paceDays: number;
  /** Whole days the balance lasts at that pace. */
  days: number;
};

/** The balance card's figures: Clodura's balance beside the ledger, and how long it lasts. */
export type BalanceView = BalanceSummary & { runway: BalanceRunway | null };

export function getBalanceView(db: Db, now = new Date()): BalanceView {
  return { ...getBalanceSummary(db, now), runway: balanceRunway(db, now.getTime()) };
}

/** Null until Clodura has given a balance, or when nothing was charged in the last 7 days. */
export function balanceRunway(db: Db, now = Date.now()): BalanceRunway | null {
  const headroom = balanceHeadroom(db, now);
  if (!headroom) return null;
  const spent = ledgerSpentBetween(db, headroom.unit === "phone credits" ? "prospect" : "pool", { from: now - PACE_DAYS * DAY_MS, to: now });
  if (spent === 0) return null;
  // A team in its first days has not spent for 7: a week's average of one busy day would say it lasts 7 times longer.
  const firstCharge = db.select({ at: sql<number>`min(${creditLedger.createdAt})` }).from(creditLedger).get()?.at ?? now;
  // In fractional days: a whole one for 25 hours would halve a busy first day's pace again.
  const overDays = Math.min(PACE_DAYS, Math.max(1, (now - firstCharge) / DAY_MS));
  const perDay = spent / overDays;
  return { perDay: Math.round(perDay * 10) / 10, paceDays: Math.round(overDays), days: Math.floor(headroom.left / perDay) };
}
