import { eq, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { outcomeDaily } from "@/db/schema";
import { getSetting } from "@/lib/settings/settings";
import { expectedFoundRate, listCost } from "./list-cost";
import { pricingPlan } from "./pricing-plan";
import { creditsForFound, isProspectPlan, worstCasePrice } from "./prices";

export type CostEstimate = {
  plan: string;
  newReveals: number;
  /** Every new reveal found by the dearest provider that may be asked. */
  worstCase: number;
  /** The most one new reveal can cost with this plan and partner setting. */
  worstCasePerReveal: number;
  /** The same, asking Clodura's own database only: what turning partners off would bring it down to. */
  worstCasePerRevealAlone: number;
  /** The team's found rate so far × the average price actually charged (or the price table's average). */
  expected: number;
  foundRate: number;
  /** How many of the team's answers the found rate is from; under TRUSTED_ANSWERS, assumed ones make up the rest. */
  foundRateAnswers: number;
  /** Credits per found number, unrounded (the browser computes `expected` from it): round it only to show it. */
  averagePrice: number;
};


export function estimateCost(db: Db, input: { newReveals: number; viaPartners: boolean }): CostEstimate {
  const plan = pricingPlan(db);
  const prices = getSetting(db, "providerPrices");
  // From the daily rollup: a few rows per SDR and day, however many reveals the team has made.
  const history = db
    .select({
      answered: sql<number>`coalesce(sum(${outcomeDaily.answered}), 0)`,
      found: sql<number>`coalesce(sum(${outcomeDaily.found}), 0)`,
      // Only charges of this plan, and of reveals asked the same way: with partners off, only Clodura can charge.
      chargedFound: sql<number>`coalesce(sum(case when ${outcomeDaily.plan} = ${plan} then ${outcomeDaily.found} end), 0)`,
      chargedCredits: sql<number>`coalesce(sum(case when ${outcomeDaily.plan} = ${plan} then ${outcomeDaily.credits} end), 0)`,
    })
    .from(outcomeDaily)
    .where(eq(outcomeDaily.viaPartners, input.viaPartners))
    .get();
  const answered = Number(history?.answered ?? 0);
  const foundRate = expectedFoundRate(Number(history?.found ?? 0), answered);
  const chargedFound = Number(history?.chargedFound ?? 0);
  const averageCharged = chargedFound > 0 ? Number(history?.chargedCredits ?? 0) / chargedFound : null;
  const tablePrices = input.viaPartners ? Object.keys(prices).map((provider) => creditsForFound(plan, provider, prices)) : [creditsForFound(plan, "Clodura", prices)];
  const averagePrice = isProspectPlan(plan)
    ? creditsForFound(plan, "Clodura", prices)
    : (averageCharged ?? tablePrices.reduce((sum, price) => sum + price, 0) / Math.max(1, tablePrices.length));
  const worstPerReveal = worstCasePrice(plan, prices, input.viaPartners);
  return {
    plan,
    newReveals: input.newReveals,
    ...listCost(input.newReveals, { worstPerReveal, foundRate, averagePrice }),
    worstCasePerReveal: worstPerReveal,
    worstCasePerRevealAlone: worstCasePrice(plan, prices, false),
    foundRate,
    foundRateAnswers: answered,
    averagePrice,
  };
}

/** What sending `held` reveals would cost, on the basis of an estimate: what a manager approves. */
export function heldCost(estimate: CostEstimate, held: number): { worstCase: number; expected: number } {
  return listCost(held, { worstPerReveal: estimate.worstCasePerReveal, foundRate: estimate.foundRate, averagePrice: estimate.averagePrice });
}
