import { asc, inArray } from "drizzle-orm";
import type { Db } from "@/db/client";
import { providerResults } from "@/db/schema";
import type { BatchRow } from "./schemas";

/** Each reveal's provider cells, in waterfall order. */
export function providerCellsOf(db: Db, revealIds: string[]): Map<string, BatchRow["results"]> {
  const byReveal = new Map<string, BatchRow["results"]>();
  if (revealIds.length === 0) return byReveal;
  const rows = db
    .select({ revealId: providerResults.revealId, provider: providerResults.provider, status: providerResults.status, numbers: providerResults.numbers, charged: providerResults.charged })
    .from(providerResults)
    .where(inArray(providerResults.revealId, revealIds))
    .orderBy(asc(providerResults.position))
    .all();
  for (const { revealId, provider, ...cell } of rows) {
    const cells = byReveal.get(revealId) ?? {};
    cells[provider] = cell;
    byReveal.set(revealId, cells);
  }
  return byReveal;
}
