import { sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { creditLedger, spendDaily } from "@/db/schema";
import { getSetting } from "@/lib/settings/settings";
import { chargedPlan, creditsForFound } from "./prices";
import { teamDay } from "./team-calendar";

/** `form`: the webhook form the result came in, which decides the plan family (see chargedPlan). */
export type ChargeInput = { revealId: string; userId: string; batchId: string; provider: string; form: "standard" | "multi"; at: Date };

/**
 * Charges a found reveal to its requester, once: the ledger is unique per reveal, and the daily rollup only moves when
 * the ledger row is new, so a duplicate webhook or a track poll after the webhook never charges twice. Returns the
 * new charge, or null when the reveal was already charged.
 */
export function recordCharge(db: Db, input: ChargeInput): { plan: string; amount: number } | null {
  const plan = chargedPlan(getSetting(db, "plan"), input.form);
  const amount = creditsForFound(plan, input.provider, getSetting(db, "providerPrices"));
  const inserted = db
    .insert(creditLedger)
    .values({ revealId: input.revealId, userId: input.userId, batchId: input.batchId, provider: input.provider, plan, amount, estimated: true, createdAt: input.at })
    .onConflictDoNothing()
    .run();
  if (inserted.changes === 0) return null;
  db.insert(spendDaily)
    .values({ day: teamDay(db, input.at), userId: input.userId, batchId: input.batchId, provider: input.provider, charges: 1, credits: amount })
    .onConflictDoUpdate({
      target: [spendDaily.day, spendDaily.userId, spendDaily.batchId, spendDaily.provider],
      set: { charges: sql`${spendDaily.charges} + 1`, credits: sql`${spendDaily.credits} + ${amount}` },
    })
    .run();
  return { plan, amount };
}
