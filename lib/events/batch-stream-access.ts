import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { users } from "@/db/schema";
import type { SessionUser } from "@/lib/auth/roles";
import { activeUser } from "@/lib/auth/team";
import { assertCanSeeBatch } from "@/lib/reveals/get-batch";

/**
 * Whether the person who opened a batch's live stream may still see it, asked again while the stream stays open: a
 * disabled account, a password reset or a lost role ends it as it would end any other request.
 */
export function batchStreamAccess(db: Db, batchId: string, viewer: SessionUser): () => boolean {
  const sessionVersion = db.select({ version: users.sessionVersion }).from(users).where(eq(users.id, viewer.id)).get()?.version ?? -1;
  return () => {
    const now = activeUser(db, viewer.id, sessionVersion);
    if (!now) return false;
    try {
      assertCanSeeBatch(db, batchId, now);
      return true;
    } catch {
      return false;
    }
  };
}
