import type { Db } from "@/db/client";
import { estimateCost } from "@/lib/credits/estimate";

/**
 * A list's estimate (worst case and expected) is of the people it pays for: `people` more of them (freed from a
 * teammate's reveal that will not answer them), or fewer (answered free after all, or never sent: stopped or
 * rejected) when negative. At today's prices and found rate, as the rest of it was at its time.
 */
export function changeEstimate(db: Db, batchId: string, people: number): void {
  if (people === 0) return;
  const batch = db.$client.prepare("SELECT via_partners AS viaPartners FROM batches WHERE id = ?").get(batchId) as { viaPartners: number } | undefined;
  if (!batch) return;
  const { worstCase, expected } = estimateCost(db, { newReveals: Math.abs(people), viaPartners: Boolean(batch.viaPartners) });
  const sign = Math.sign(people);
  db.$client
    .prepare("UPDATE batches SET worst_case = max(0, worst_case + ?), expected = max(0, expected + ?) WHERE id = ?")
    .run(sign * worstCase, sign * expected, batchId);
}
