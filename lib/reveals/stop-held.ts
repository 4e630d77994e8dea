import { and, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { batches, reveals } from "@/db/schema";
import type { SessionUser } from "@/lib/auth/roles";
import { recordAudit } from "@/lib/credits/audit";
import { changeEstimate } from "./batch-estimate";
import { batchLabel } from "./batch-label";
import { batchNamingColumns } from "./batch-naming-columns";
import { cancelOwnAttached } from "./decide-batch";

/**
 * Stopping a running batch that waits for approval (people freed from a teammate's stopped reveal, over budget): its
 * held reveals are cancelled with the rest, and the approval is closed as declined by whoever stopped it, so no later
 * approval sends part of a stopped list. Inside the stop, before its teammates' reveals are detached. Returns how many
 * held reveals it cancelled.
 */
export function withdrawHeldOnStop(db: Db, batchId: string, viewer: SessionUser, now: number): number {
  return db.transaction(
    () => {
      const batch = db.select({ approval: batches.approval, naming: batchNamingColumns }).from(batches).where(eq(batches.id, batchId)).get();
      if (batch?.approval !== "pending") return 0;
      const stopped = { state: "cancelled" as const, completedAt: new Date(now), updatedAt: new Date(now), errorCode: "stopped", errorMessage: `Stopped by ${viewer.name} while it waited for approval: nothing charged.` };
      const cancelled = db
        .update(reveals)
        .set(stopped)
        .where(and(eq(reveals.batchId, batchId), eq(reveals.state, "held")))
        .run().changes;
      changeEstimate(db, batchId, -cancelled);
      cancelOwnAttached(db, batchId, stopped);
      db.update(batches).set({ approval: "rejected", decidedBy: viewer.id, decidedAt: new Date(now) }).where(eq(batches.id, batchId)).run();
      recordAudit(db, {
        actorId: viewer.id,
        action: "batch.rejected",
        subject: batchId,
        summary: `Stopped batch "${batchLabel(batch.naming)}", with the ${cancelled.toLocaleString("en")} ${cancelled === 1 ? "person" : "people"} it held for approval`,
        detail: { batchId, cancelled, stopped: true },
        at: new Date(now),
      });
      return cancelled;
    },
    { behavior: "immediate" },
  );
}
