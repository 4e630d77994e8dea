import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { providerResults, type Reveal } from "@/db/schema";
import { uncountRevealOutcome } from "@/lib/credits/uncount-reveal-outcome";
import { RAN_OUT_OF_CREDITS } from "./ran-out-of-credits";

/** The charge a replaced answer had: only a found without a number has one. */
export type EarlierCharge = { provider: string; plan: string; amount: number };

/**
 * Removes a "not found" that a later answer replaces (see replaceableNotFoundCodes): its provider rows go, and so do its
 * counts in the rollups, so the reveal is counted once, by its new answer. `charge`: the one it had (a found without a
 * number), which stands and is counted with the new answer. Call it in the transaction that applies it.
 */
export function withdrawAnswer(db: Db, reveal: Reveal, charge: EarlierCharge | null): void {
  const providers = db
    .select({ provider: providerResults.provider, status: providerResults.status })
    .from(providerResults)
    .where(eq(providerResults.revealId, reveal.id))
    .all();
  db.delete(providerResults).where(eq(providerResults.revealId, reveal.id)).run();
  if (reveal.completedAt) {
    uncountRevealOutcome(db, {
      revealId: reveal.id,
      userId: reveal.requestedBy,
      viaPartners: reveal.viaPartners,
      completedAt: reveal.completedAt,
      providers,
      answered: reveal.errorCode === RAN_OUT_OF_CREDITS ? 0 : 1,
      charge,
    });
  }
}
