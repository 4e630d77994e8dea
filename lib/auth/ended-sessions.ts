import { eq, lt } from "drizzle-orm";
import type { Db } from "@/db/client";
import { endedSessions } from "@/db/schema";

/**
 * How long a session lasts from its sign-in, whatever next-auth does: it re-signs the cookie with a later expiry
 * whenever the session is read, so without this a copy kept in use would outlive the sign-out record of it.
 */
export const SESSION_LIFETIME_MS = 12 * 60 * 60 * 1000;

/** Whether a session may still be used: from a sign-in since this check existed, within its lifetime, not signed out. */
export function sessionLive(db: Db, session: { sessionId?: string | null; signedInAt?: number | null }, now = Date.now()): boolean {
  if (!session.sessionId || !session.signedInAt || now - session.signedInAt > SESSION_LIFETIME_MS) return false;
  return !sessionEnded(db, session.sessionId);
}

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
