import { and, asc, desc, eq, gt, inArray, isNull, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { creditBalances, reveals, users } from "@/db/schema";
import { getEnv } from "@/lib/env";
import { cloduraTrouble, noteCloduraAnswered, type CloduraTrouble } from "./clodura-trouble";
import { getQueuePause } from "./queue-pause";
import { sendLimitReached, type SendLimitReached } from "./send-limits";

export type QueueStatus = {
  sandboxMode: boolean;
  pause: { status: number; message: string; at: number } | null;
  /** While paused: who can resume it, so whoever else reads the banner knows whom to ask. */
  admins: string[];
  waiting: number;
  /**
   * While paused for credits, Clodura's latest balance reading taken after the pause, if any: credits left there mean the account
   * was topped up (or a provider's "Insufficient Credits" was its own), and sending can be resumed.
   */
  balanceSincePause: { remaining: number; at: number; kind: "pool" | "prospect" } | null;
  /** Clodura has not taken the last few tries (5xx, 429, timeouts): they are retried, and everyone is told. */
  trouble: CloduraTrouble | null;
  /** The team's day send limit is spent and reveals wait for it (a minute's limit passes too soon to tell anyone). */
  sendLimit: SendLimitReached | null;
};

export function getQueueStatus(db: Db, now = Date.now()): QueueStatus {
  const waiting = db
    .select({ n: sql<number>`count(*)` })
    .from(reveals)
    .where(sql`${reveals.state} in ('queued', 'dispatching')`)
    .get()?.n;
  const pause = getQueuePause(db);
  // Nothing waits: an outage the last tries met says nothing of the next list's.
  if (Number(waiting ?? 0) === 0) noteCloduraAnswered(db);
  // Only a pause for credits (402, or a provider's "Insufficient Credits") is lifted by credits: a key or plan is not.
  const limit = Number(waiting ?? 0) > 0 ? sendLimitReached(db, now) : null;
  return {
    sandboxMode: getEnv().sandboxMode,
    pause,
    admins: pause ? adminNames(db) : [],
    waiting: Number(waiting ?? 0),
    balanceSincePause: pause?.status === 402 ? balanceAfter(db, pause.at) : null,
    trouble: cloduraTrouble(db),
    sendLimit: limit?.per === "day" ? limit : null,
  };
}

function balanceAfter(db: Db, at: number): QueueStatus["balanceSincePause"] {
  const reading = db
    .select({ remaining: creditBalances.remaining, at: creditBalances.createdAt, kind: creditBalances.kind })
    .from(creditBalances)
    .where(and(gt(creditBalances.createdAt, new Date(at)), inArray(creditBalances.kind, ["pool", "prospect"])))
    .orderBy(desc(creditBalances.createdAt))
    .limit(1)
    .get();
  if (reading?.remaining == null || (reading.kind !== "pool" && reading.kind !== "prospect")) return null;
  return { remaining: reading.remaining, at: reading.at.getTime(), kind: reading.kind };
}

const NAMED_ADMINS = 3;

function adminNames(db: Db): string[] {
  return db
    .select({ name: users.name })
    .from(users)
    .where(and(eq(users.role, "admin"), isNull(users.disabledAt)))
    .orderBy(asc(users.name))
    .limit(NAMED_ADMINS)
    .all()
    .map((row) => row.name);
}
