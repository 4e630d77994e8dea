import { z } from "zod";
import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { batches } from "@/db/schema";
import type { SessionUser } from "@/lib/auth/roles";
import { publishEvent } from "@/lib/events/bus";
import { batchNameSchema } from "./batch-label";
import { findVisibleBatch } from "./get-batch";

export const renameBatchSchema = z.object({ name: batchNameSchema.nullable() });

/** Names (or, with null or "", un-names) a batch the viewer may see: its SDR, or any manager. */
export function renameBatch(db: Db, batchId: string, viewer: SessionUser, name: string | null): { name: string | null } {
  findVisibleBatch(db, batchId, viewer);
  db.update(batches).set({ name }).where(eq(batches.id, batchId)).run();
  publishEvent({ type: "batch.updated", batchId });
  return { name };
}
