import { and, asc, eq, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { batches, reveals, users } from "@/db/schema";
import { balanceHeadroom } from "@/lib/credits/balance-headroom";
import { balanceShortfall, type BalanceShortfall } from "@/lib/credits/balance-shortfall";
import { budgetShortfall } from "@/lib/credits/budget-shortfall";
import { budgetStatus } from "@/lib/credits/budgets";
import type { BudgetLine } from "@/lib/credits/budget-shortfall";
import { estimateCost, heldCost, type CostEstimate } from "@/lib/credits/estimate";
import { batchLabel } from "./batch-label";
import { batchNamingColumns } from "./batch-naming-columns";

export type PendingApproval = {
  batchId: string;
  name: string;
  createdBy: string;
  createdById: string;
  createdAt: number;
  total: number;
  held: number;
  /** What approving would cost now: the reveals held, not the whole list (a running list holds only people freed into it). */
  worstCase: number;
  expected: number;
  reason: string | null;
  /** The budgets as they stand now, when that reads differently from `reason` (written when the list was held). */
  budgetNow: string | null;
  /** Set when sending its held reveals could empty Clodura's balance midway. */
  balance: BalanceShortfall | null;
};

/** Batches waiting for a manager, oldest first. */
export function listPendingApprovals(db: Db): PendingApproval[] {
  const headroom = balanceHeadroom(db);
  // Read once per way of asking (with partners or without) and once per owner, not once per list.
  const estimate = remembered((viaPartners: boolean): CostEstimate => estimateCost(db, { newReveals: 0, viaPartners }));
  const budgetsOf = remembered((ownerId: string): BudgetLine[] => budgetStatus(db, ownerId));
  return db
    .select({
      batchId: batches.id,
      naming: batchNamingColumns,
      createdBy: users.name,
      createdById: batches.createdBy,
      createdAt: batches.createdAt,
      total: batches.total,
      held: sql<number>`(select count(*) from ${reveals} where ${reveals.batchId} = ${batches.id} and ${reveals.state} = 'held')`,
      reason: batches.approvalReason,
      viaPartners: batches.viaPartners,
    })
    .from(batches)
    .innerJoin(users, eq(users.id, batches.createdBy))
    .where(and(eq(batches.approval, "pending"), eq(batches.creating, false)))
    .orderBy(asc(batches.createdAt))
    .all()
    .map(({ naming, createdAt, held, viaPartners, ...row }) => {
      const cost = heldCost(estimate(viaPartners), Number(held));
      return {
        ...row,
        name: batchLabel(naming),
        createdAt: createdAt.getTime(),
        held: Number(held),
        ...cost,
        budgetNow: budgetNow(budgetsOf(row.createdById), row.createdBy, cost.worstCase, row.reason),
        balance: headroom && balanceShortfall(headroom, Number(held), estimate(viaPartners).foundRate, cost),
      };
    });
}

/** Spend and other lists move on while a list waits: what approving it would do to its owner's budgets today. */
function budgetNow(lines: BudgetLine[], owner: string, worstCase: number, heldFor: string | null): string | null {
  const now = budgetShortfall(lines, worstCase, owner) ?? `${owner}'s budgets can all take it; it still waits for an approval to be sent.`;
  return heldFor?.endsWith(now) ? null : `Now: ${now}`;
}

/** As on Approvals, for one held list's own page: its reason was written when it was held. */
export function heldListBudgetNow(db: Db, list: { ownerId: string; owner: string; held: number; viaPartners: boolean; reason: string | null }): string | null {
  const { worstCase } = heldCost(estimateCost(db, { newReveals: 0, viaPartners: list.viaPartners }), list.held);
  return budgetNow(budgetStatus(db, list.ownerId), list.owner, worstCase, list.reason);
}

/** `read`, asked once per key. */
function remembered<K, V>(read: (key: K) => V): (key: K) => V {
  const known = new Map<K, V>();
  return (key) => {
    if (!known.has(key)) known.set(key, read(key));
    return known.get(key)!;
  };
}
