import { and, eq, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/sqlite-core";
import type { Db } from "@/db/client";
import type { Plan } from "@/lib/settings/definitions";
import { creditLedger, reveals } from "@/db/schema";
import { getSetting } from "@/lib/settings/settings";
import { resentByAnotherColumn } from "@/lib/reveals/resendable";
import { openStates } from "@/lib/reveals/state-machine";
import { isPriced } from "./prices";

export type BatchCost = {
  /** Credits charged so far (the ledger's estimate), and the part a balance reading has confirmed. */
  spent: number;
  confirmed: number;
  /** What the people answered from the team's ledger cost when a teammate revealed them: paid once, not twice. */
  saved: number;
  freeAnswers: number;
  /** Of `freeAnswers`, the people still waiting on a teammate's reveal in progress: free, but not answered yet. */
  freeToCome: number;
  /** `unpriced`: missing from the price table, so each found number was counted at the documented maximum. */
  byProvider: { provider: string; charges: number; credits: number; unpriced: boolean }[];
  /** At submission: every new reveal found by the dearest provider, and the team's found rate × average price. */
  worstCase: number;
  expected: number;
};

const sourceCharge = alias(creditLedger, "source_charge");
const sourceReveal = alias(reveals, "source_reveal");

/**
 * `providerOrder` is the batch's providers in waterfall order, as its grid's columns: the rows keep their places while
 * charges arrive, where sorted by credits they swapped under the rep's eyes.
 */
export function getBatchCost(db: Db, batch: { id: string; worstCase: number; expected: number }, providerOrder: readonly string[]): BatchCost {
  const prices = getSetting(db, "providerPrices");
  // By plan too: only a charge under a plan that prices by provider can lack a price.
  const byPlan = db
    .select({
      provider: creditLedger.provider,
      plan: creditLedger.plan,
      charges: sql<number>`count(*)`,
      credits: sql<number>`sum(${creditLedger.amount})`,
      confirmed: sql<number>`sum(case when ${creditLedger.estimated} then 0 else ${creditLedger.amount} end)`,
    })
    .from(creditLedger)
    .where(eq(creditLedger.batchId, batch.id))
    .groupBy(creditLedger.provider, creditLedger.plan)
    .all();
  const byProvider = new Map<string, BatchCost["byProvider"][number] & { confirmed: number }>();
  for (const row of byPlan) {
    const sum = byProvider.get(row.provider) ?? { provider: row.provider, charges: 0, credits: 0, confirmed: 0, unpriced: false };
    sum.charges += Number(row.charges);
    sum.credits += Number(row.credits);
    sum.confirmed += Number(row.confirmed);
    sum.unpriced ||= !isPriced(row.plan as Plan, row.provider, prices);
    byProvider.set(row.provider, sum);
  }
  const place = (provider: string) => {
    const index = providerOrder.indexOf(provider);
    return index === -1 ? providerOrder.length : index;
  };
  const providers = [...byProvider.values()].sort((a, b) => place(a.provider) - place(b.provider) || a.provider.localeCompare(b.provider));
  const ledger = db
    .select({
      freeAnswers: sql<number>`count(*)`,
      freeToCome: sql<number>`coalesce(sum(${sourceReveal.state} IN (${sql.join(openStates.map((state) => sql`${state}`), sql`, `)})), 0)`,
      saved: sql<number>`coalesce(sum(${sourceCharge.amount}), 0)`,
    })
    .from(reveals)
    .leftJoin(sourceCharge, eq(sourceCharge.revealId, reveals.sourceRevealId))
    .leftJoin(sourceReveal, eq(sourceReveal.id, reveals.sourceRevealId))
    // A row another sent again is answered in their list, which paid for it: this list saved nothing on it.
    .where(and(eq(reveals.batchId, batch.id), eq(reveals.state, "cached"), sql`not ${resentByAnotherColumn()}`))
    .get();
  return {
    spent: providers.reduce((sum, row) => sum + row.credits, 0),
    confirmed: providers.reduce((sum, row) => sum + row.confirmed, 0),
    saved: Number(ledger?.saved ?? 0),
    freeAnswers: Number(ledger?.freeAnswers ?? 0),
    freeToCome: Number(ledger?.freeToCome ?? 0),
    byProvider: providers.map(({ confirmed: _confirmed, ...row }) => row),
    worstCase: batch.worstCase,
    expected: batch.expected,
  };
}
