import type { Db } from "@/db/client";
import { recordAudit } from "@/lib/credits/audit";
import { latestAnswerForm } from "@/lib/credits/pricing-plan";
import { settingDefinitions } from "./definitions";
import type { Pricing } from "./pricing-schema";
import { getSetting, setSetting } from "./settings";

export type { Pricing };

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
