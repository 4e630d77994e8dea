import { z } from "zod";
import { MAX_DOCUMENTED_PRICE } from "@/lib/credits/prices";
import { MAX_PROVIDER_PRICE, plans, type Plan } from "./definitions";

/** The plan and the price table as an admin saves them: the form checks with it before sending, the route again. */
export const pricingSchema = z.object({
  plan: z.enum(plans),
  providerPrices: z
    .record(z.string().trim().min(1, "A provider needs a name.").max(64), z.number().min(0, "A price cannot be negative.").int("Prices are whole credits.").max(MAX_PROVIDER_PRICE, `A price is at most ${MAX_PROVIDER_PRICE.toLocaleString("en")} credits.`))
    // An empty table is no table: every number would be charged the fallback, whoever found it (creditsForFound).
    .refine((prices) => Object.keys(prices).length > 0, `Keep at least one provider: with none, every found number is counted at ${MAX_DOCUMENTED_PRICE} credits (the most Clodura documents), whichever provider found it. Add a provider, or press Reset to defaults.`)
    .refine((prices) => Object.keys(prices).length <= 50, "At most 50 providers.")
    .refine((prices) => new Set(Object.keys(prices).map((name) => name.toLowerCase())).size === Object.keys(prices).length, "A provider is listed twice (names differing only in letter case are one provider)."),
});
export type Pricing = { plan: Plan; providerPrices: Record<string, number> };
