import type { Db } from "@/db/client";
import { creditLedger } from "@/db/schema";
import { getSetting } from "@/lib/settings/settings";
import { creditsForFound } from "./prices";

/** Charges a found reveal to its requester, once (unique per reveal). The amount is an estimate from the price table. */
export function recordCharge(db: Db, input: { revealId: string; userId: string; provider: string }): void {
  const plan = getSetting(db, "plan");
  const amount = creditsForFound(plan, input.provider, getSetting(db, "providerPrices"));
  db.insert(creditLedger).values({ ...input, plan, amount, estimated: true }).onConflictDoNothing().run();
}
