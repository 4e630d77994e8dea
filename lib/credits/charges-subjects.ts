import { and, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { batches, users } from "@/db/schema";
import { hasRole, type SessionUser } from "@/lib/auth/roles";
import { batchLabel } from "@/lib/reveals/batch-label";
import { batchNamingColumns } from "@/lib/reveals/batch-naming-columns";

/**
 * The names, as they are now, of the SDR and the list a drill-down picks: the heading above the charges says them
 * from here, not from a link's words (which a rename, or a hand edit, leaves behind). Null for none picked or none the
 * viewer may see: an SDR is told of their own lists only.
 */
export type ChargesSubjects = { user: string | null; batch: string | null };

export function nameChargesSubjects(db: Db, viewer: SessionUser, picked: { userId: string | null; batchId: string | null }): ChargesSubjects {
  const user = picked.userId ? db.select({ name: users.name }).from(users).where(eq(users.id, picked.userId)).get() : undefined;
  const batch = picked.batchId
    ? db
        .select(batchNamingColumns)
        .from(batches)
        .where(and(eq(batches.id, picked.batchId), hasRole(viewer.role, "manager") ? undefined : eq(batches.createdBy, viewer.id)))
        .get()
    : undefined;
  return { user: user?.name ?? null, batch: batch ? batchLabel(batch) : null };
}
