import { sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { outcomeDaily, providerDaily } from "@/db/schema";
import { teamDay } from "./team-calendar";

type FinishedReveal = {
  userId: string;
  viaPartners: boolean;
  at: Date;
  providers: { provider: string; status: string }[];
  /** The charge recorded for it, or null when nothing was found. */
  charge: { plan: string; amount: number } | null;
  /** 1 for an answer; 0 for one cut short by Clodura's credits, no answer to the found rate. */
  answered?: 0 | 1;
};

/**
 * Adds one finished reveal to the scorecard and the estimate's rollups. Called once per answer: when the reveal turns
 * final, and for an answer that replaces its "not found" after uncountRevealOutcome took that one out.
 */
export function countRevealOutcome(db: Db, reveal: FinishedReveal): void {
  const day = teamDay(db, reveal.at);
  for (const outcome of reveal.providers) {
    const found = outcome.status === "found" ? 1 : 0;
    db.insert(providerDaily)
      .values({ day, userId: reveal.userId, provider: outcome.provider, asked: 1, found })
      .onConflictDoUpdate({
        target: [providerDaily.day, providerDaily.userId, providerDaily.provider],
        set: { asked: sql`${providerDaily.asked} + 1`, found: sql`${providerDaily.found} + ${found}` },
      })
      .run();
  }
  // "Found" for the estimate is "charged": a provider's found without a number is charged too (the rebuilds agree).
  const found = reveal.charge ? 1 : 0;
  const answered = reveal.answered ?? 1;
  const credits = reveal.charge?.amount ?? 0;
  db.insert(outcomeDaily)
    .values({ day, userId: reveal.userId, viaPartners: reveal.viaPartners, plan: reveal.charge?.plan ?? "", answered, found, credits })
    .onConflictDoUpdate({
      target: [outcomeDaily.day, outcomeDaily.userId, outcomeDaily.viaPartners, outcomeDaily.plan],
      set: { answered: sql`${outcomeDaily.answered} + ${answered}`, found: sql`${outcomeDaily.found} + ${found}`, credits: sql`${outcomeDaily.credits} + ${credits}` },
    })
    .run();
}
