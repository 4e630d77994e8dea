import { payloadFormOf, type Plan } from "@/lib/settings/definitions";

/** Prospect plans charge 1 phone credit + 1 export credit per found number, whoever found it. */
export const PROSPECT_CREDITS_PER_FOUND = 2;
/** The documented lower bound of a Multi-Provider charge: a price under it under-counts every number that provider finds. */
export const MIN_DOCUMENTED_PRICE = 10;
/** The documented upper bound of a Multi-Provider charge: used for providers missing from the price table. */
export const MAX_DOCUMENTED_PRICE = 20;

export function isProspectPlan(plan: Plan): boolean {
  return plan === "prospect" || plan === "prospect_pro";
}

export function creditsForFound(plan: Plan, provider: string, prices: Record<string, number>): number {
  if (isProspectPlan(plan)) return PROSPECT_CREDITS_PER_FOUND;
  return priceIgnoringCase(provider, prices) ?? MAX_DOCUMENTED_PRICE;
}

/** Whether a found number by `provider` is charged by the price table, not at `MAX_DOCUMENTED_PRICE` for want of a row. */
export function isPriced(plan: Plan, provider: string, prices: Record<string, number>): boolean {
  return isProspectPlan(plan) || priceIgnoringCase(provider, prices) !== undefined;
}

/** A provider Clodura names in another case than the price table ("findymail") is still the one priced there. */
function priceIgnoringCase(provider: string, prices: Record<string, number>): number | undefined {
  if (provider in prices) return prices[provider];
  const wanted = provider.toLowerCase();
  return Object.entries(prices).find(([name]) => name.toLowerCase() === wanted)?.[1];
}

/** The most one reveal can cost: the dearest provider that may be asked. */
export function worstCasePrice(plan: Plan, prices: Record<string, number>, viaPartners: boolean): number {
  if (isProspectPlan(plan)) return PROSPECT_CREDITS_PER_FOUND;
  if (!viaPartners) return priceIgnoringCase("Clodura", prices) ?? MAX_DOCUMENTED_PRICE;
  return Math.max(MAX_DOCUMENTED_PRICE, ...Object.values(prices));
}

/**
 * The plan a found number is charged under. The webhook's form is Clodura's word on the plan family (Standard: Prospect
 * plans; Multi-Provider: Free Forever, Max, PAYG), so it wins over a setting of the other family; within a family the
 * setting names the plan. The other family is charged as its first plan (Prospect, or Max), which prices the same.
 */
export function chargedPlan(setting: Plan, form: "standard" | "multi"): Plan {
  if (payloadFormOf(setting) === form) return setting;
  return form === "standard" ? "prospect" : "max";
}
