import { sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { providerDaily } from "@/db/schema";
import { utcDay } from "./periods";

/** Adds one finished reveal's waterfall to the provider scorecard. Called once, when the reveal turns final. */
export function countProviderOutcomes(db: Db, input: { userId: string; at: Date; providers: { provider: string; status: string }[] }): void {
  const day = utcDay(input.at);
  for (const outcome of input.providers) {
    const found = outcome.status === "found" ? 1 : 0;
    db.insert(providerDaily)
      .values({ day, userId: input.userId, provider: outcome.provider, asked: 1, found })
      .onConflictDoUpdate({
        target: [providerDaily.day, providerDaily.userId, providerDaily.provider],
        set: { asked: sql`${providerDaily.asked} + 1`, found: sql`${providerDaily.found} + ${found}` },
      })
      .run();
  }
}
