import { desc, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { creditLedger, settings } from "@/db/schema";
import { isPlan, payloadFormOf, type Plan } from "@/lib/settings/definitions";
import { getSetting } from "@/lib/settings/settings";
import { chargedPlan } from "./prices";

type Answer = { form: "standard" | "multi"; at: number };

function latestAnswer(db: Db): Answer | null {
  const last = db.select({ plan: creditLedger.plan, at: creditLedger.createdAt }).from(creditLedger).orderBy(desc(creditLedger.createdAt)).limit(1).get();
  return last && isPlan(last.plan) ? { form: payloadFormOf(last.plan), at: last.at.getTime() } : null;
}

/** The webhook form of the latest charge (Clodura's word on the plan family), or null before any charge. */
export function latestAnswerForm(db: Db): "standard" | "multi" | null {
  return latestAnswer(db)?.form ?? null;
}

/**
 * The plan that prices what is not charged yet (estimates, the worst case of reveals still running). The newer word
 * wins: an admin's plan setting saved after Clodura's latest result (a plan change), or else that result's form, as
 * it does for charges, when it shows the other family.
 */
export function pricingPlan(db: Db): Plan {
  const setting = getSetting(db, "plan");
  const answer = latestAnswer(db);
  if (!answer) return setting;
  const savedAt = db.select({ at: settings.updatedAt }).from(settings).where(eq(settings.key, "plan")).get()?.at?.getTime() ?? 0;
  return savedAt > answer.at ? setting : chargedPlan(setting, answer.form);
}
