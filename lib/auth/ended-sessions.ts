import { eq, lt } from "drizzle-orm";
import type { Db } from "@/db/client";
import { endedSessions } from "@/db/schema";

/** Records a signed-out session until it would have expired anyway, and forgets those past that. */
export function endSession(db: Db, sessionId: string, expiresAt: Date, now = new Date()): void {
  db.transaction((tx) => {
    tx.delete(endedSessions).where(lt(endedSessions.expiresAt, now)).run();
    tx.insert(endedSessions).values({ sessionId, expiresAt }).onConflictDoNothing().run();
  });
}

export function sessionEnded(db: Db, sessionId: string): boolean {
  return db.select({ sessionId: endedSessions.sessionId }).from(endedSessions).where(eq(endedSessions.sessionId, sessionId)).get() !== undefined;
}
