import { and, avg, count, eq, isNull, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { creditLedger, reveals } from "@/db/schema";
import { getSetting } from "@/lib/settings/settings";
import { creditsForFound, isProspectPlan, worstCasePrice } from "./prices";

export type CostEstimate = {
  plan: string;
  newReveals: number;
  /** Every new reveal found by the dearest provider that may be asked. */
  worstCase: number;
  /** The most one new reveal can cost with this plan and partner setting. */
  worstCasePerReveal: number;
  /** The team's found rate so far × the average price actually charged (or the price table's average). */
  expected: number;
  foundRate: number;
  /** False until the team has finished at least one reveal: then the found rate is an assumption. */
  foundRateFromHistory: boolean;
  averagePrice: number;
};

const ASSUMED_FOUND_RATE = 0.5;

export function estimateCost(db: Db, input: { newReveals: number; viaPartners: boolean }): CostEstimate {
  const plan = getSetting(db, "plan");
  const prices = getSetting(db, "providerPrices");
  const history = db
    .select({ answered: count(), found: sql<number>`sum(case when ${reveals.state} = 'found' then 1 else 0 end)` })
    .from(reveals)
    .where(and(isNull(reveals.sourceRevealId), sql`${reveals.state} in ('found', 'not_found')`, eq(reveals.viaPartners, input.viaPartners)))
    .get();
  const answered = Number(history?.answered ?? 0);
  const foundRate = answered > 0 ? Number(history?.found ?? 0) / answered : ASSUMED_FOUND_RATE;
  // Only charges of reveals asked the same way: with partners off, Clodura alone can find (and charge) a number.
  const charged = db
    .select({ average: avg(creditLedger.amount) })
    .from(creditLedger)
    .innerJoin(reveals, eq(reveals.id, creditLedger.revealId))
    .where(and(eq(creditLedger.plan, plan), eq(reveals.viaPartners, input.viaPartners)))
    .get();
  const tablePrices = input.viaPartners ? Object.keys(prices).map((provider) => creditsForFound(plan, provider, prices)) : [creditsForFound(plan, "Clodura", prices)];
  const averagePrice = isProspectPlan(plan)
    ? creditsForFound(plan, "Clodura", prices)
    : charged?.average !== null && charged?.average !== undefined
      ? Number(charged.average)
      : tablePrices.reduce((sum, price) => sum + price, 0) / Math.max(1, tablePrices.length);
  return {
    plan,
    newReveals: input.newReveals,
    worstCase: input.newReveals * worstCasePrice(plan, prices, input.viaPartners),
    worstCasePerReveal: worstCasePrice(plan, prices, input.viaPartners),
    expected: Math.round(input.newReveals * foundRate * averagePrice),
    foundRate,
    foundRateFromHistory: answered > 0,
    averagePrice: Math.round(averagePrice * 10) / 10,
  };
}
