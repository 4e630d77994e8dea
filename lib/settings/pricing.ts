import { z } from "zod";
import type { Db } from "@/db/client";
import { recordAudit } from "@/lib/credits/audit";
import { latestAnswerForm } from "@/lib/credits/pricing-plan";
import { plans, settingDefinitions, type Plan } from "./definitions";
import { getSetting, setSetting } from "./settings";

export const pricingSchema = z.object({
  plan: z.enum(plans),
  providerPrices: z
    .record(z.string().trim().min(1, "A provider needs a name.").max(64), z.number().min(0, "A price cannot be negative.").int("Prices are whole credits.").max(1000, "A price is at most 1,000 credits."))
    .refine((prices) => Object.keys(prices).length <= 50, "At most 50 providers.")
    .refine((prices) => new Set(Object.keys(prices).map((name) => name.toLowerCase())).size === Object.keys(prices).length, "A provider is listed twice (names differing only in letter case are one provider)."),
});
export type Pricing = { plan: Plan; providerPrices: Record<string, number> };

/** `answeredIn`: the webhook form of the latest charge (Clodura's word on the plan family), null before any. */
export type PricingAnswer = Pricing & { defaults: Record<string, number>; answeredIn: "standard" | "multi" | null };

export function getPricing(db: Db): PricingAnswer {
  return {
    plan: getSetting(db, "plan"),
    providerPrices: getSetting(db, "providerPrices"),
    defaults: settingDefinitions.providerPrices.defaultValue,
    answeredIn: latestAnswerForm(db),
  };
}

/** The plan and the price table the ledger charges by; each change is audited with what it was before. */
export function updatePricing(db: Db, actorId: string, next: Pricing, now = new Date()): void {
  db.transaction(
    () => {
      const before = { plan: getSetting(db, "plan"), providerPrices: getSetting(db, "providerPrices") };
      const changes: string[] = [];
      if (before.plan !== next.plan) changes.push(`plan ${before.plan} → ${next.plan}`);
      for (const provider of new Set([...Object.keys(before.providerPrices), ...Object.keys(next.providerPrices)])) {
        const [was, now] = [before.providerPrices[provider], next.providerPrices[provider]];
        if (was !== now) changes.push(`${provider} ${was ?? "–"} → ${now ?? "removed"}`);
      }
      if (changes.length === 0) return;
      // Only a real plan change is saved: its time says which is newer, the admin's plan or Clodura's latest answer.
      if (before.plan !== next.plan) setSetting(db, "plan", next.plan);
      setSetting(db, "providerPrices", next.providerPrices);
      recordAudit(db, { actorId, action: "settings.changed", subject: "pricing", summary: `Pricing: ${changes.join(", ")}`, detail: { before, after: next }, at: now });
    },
    { behavior: "immediate" },
  );
}
