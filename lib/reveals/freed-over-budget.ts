import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { batches, users } from "@/db/schema";
import { budgetShortfall } from "@/lib/credits/budget-shortfall";
import { budgetStatus } from "@/lib/credits/budgets";
import { estimateCost } from "@/lib/credits/estimate";

/**
 * Why `count` reveals of a batch that were free (attached to a teammate's reveal that was then stopped, held or
 * removed) must wait for a manager now that they would be paid for, and what they may cost; null when the owner's
 * budgets can take them.
 * Read before they are queued, so they do not count as reserved against themselves.
 */
export function freedOverBudget(db: Db, batchId: string, count: number, now: number, cause = "was stopped"): { reason: string; worstCase: number } | null {
  const batch = db
    .select({ owner: batches.createdBy, ownerName: users.name, viaPartners: batches.viaPartners })
    .from(batches)
    .innerJoin(users, eq(users.id, batches.createdBy))
    .where(eq(batches.id, batchId))
    .get();
  if (!batch) return null;
  const { worstCase } = estimateCost(db, { newReveals: count, viaPartners: batch.viaPartners });
  const short = budgetShortfall(budgetStatus(db, batch.owner, new Date(now)), worstCase, batch.ownerName);
  if (!short) return null;
  return { reason: `${count.toLocaleString("en")} ${count === 1 ? "person was" : "people were"} to be answered by a teammate's reveal that ${cause}. ${short}`, worstCase };
}
