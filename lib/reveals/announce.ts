import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { reveals } from "@/db/schema";
import { publishEvent } from "@/lib/events/bus";

/**
 * Tells live views that a reveal changed, including every batch whose cached row is attached to it
 * (those rows show this reveal's state and numbers, so their updatedAt moves with it).
 */
export function announceRevealChange(db: Db, change: { batchId: string; revealId: string; state: string }, now = new Date()): void {
  publishEvent({ type: "reveal.updated", ...change });
  const attached = db
    .update(reveals)
    .set({ updatedAt: now })
    .where(eq(reveals.sourceRevealId, change.revealId))
    .returning({ id: reveals.id, batchId: reveals.batchId })
    .all();
  for (const row of attached) publishEvent({ type: "reveal.updated", batchId: row.batchId, revealId: row.id, state: change.state });
}
