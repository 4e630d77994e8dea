import { desc, eq, inArray } from "drizzle-orm";
import type { Db } from "@/db/client";
import { creditBalances, creditLedger, settings } from "@/db/schema";
import { isPlan, payloadFormOf, type Plan } from "@/lib/settings/definitions";
import { getSetting } from "@/lib/settings/settings";
import { chargedPlan } from "./prices";

type Answer = { form: "standard" | "multi"; at: number };

function latestCharge(db: Db): Answer | null {
  const last = db.select({ plan: creditLedger.plan, at: creditLedger.createdAt }).from(creditLedger).orderBy(desc(creditLedger.createdAt)).limit(1).get();
  return last && isPlan(last.plan) ? { form: payloadFormOf(last.plan), at: last.at.getTime() } : null;
}

/** Clodura's balance answer names the family too: one credit pool (Free Forever, Max, PAYG) or Prospect's counters. */
function latestBalanceReading(db: Db): Answer | null {
  const last = db
    .select({ kind: creditBalances.kind, at: creditBalances.createdAt })
    .from(creditBalances)
    .where(inArray(creditBalances.kind, ["pool", "prospect"]))
    .orderBy(desc(creditBalances.createdAt))
    .limit(1)
    .get();
  return last ? { form: last.kind === "pool" ? "multi" : "standard", at: last.at.getTime() } : null;
}

/** Clodura's latest word on the plan family: its latest charge's webhook form or its latest balance reading, the newer. */
function latestAnswer(db: Db): Answer | null {
  const [charge, reading] = [latestCharge(db), latestBalanceReading(db)];
  if (!charge || !reading) return charge ?? reading;
  return reading.at > charge.at ? reading : charge;
}

/** The webhook form of the latest charge (Clodura's word on the plan family), or null before any charge. */
export function latestAnswerForm(db: Db): "standard" | "multi" | null {
  return latestCharge(db)?.form ?? null;
}

/**
 * The plan that prices what is not charged yet (estimates, budgets' worst case). The newer word wins: an admin's plan
 * setting saved after Clodura's latest word (a plan change), or else that word's family (a charge's webhook form, as for
 * charges, or the shape of a balance reading) when it is the other one: a Prospect setting on a pool account would
 * price each reveal at 2 credits while its numbers are charged 10–20, and let a list far past a cap go unheld.
 */
export function pricingPlan(db: Db): Plan {
  const setting = getSetting(db, "plan");
  const answer = latestAnswer(db);
  if (!answer) return setting;
  const savedAt = db.select({ at: settings.updatedAt }).from(settings).where(eq(settings.key, "plan")).get()?.at?.getTime() ?? 0;
  return savedAt > answer.at ? setting : chargedPlan(setting, answer.form);
}
