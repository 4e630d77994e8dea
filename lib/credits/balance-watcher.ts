import { and, eq, inArray, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { reveals } from "@/db/schema";
import type { CloduraClient } from "@/lib/clodura/client";
import { subscribeEvents } from "@/lib/events/bus";
import { openStates } from "@/lib/reveals/state-machine";
import { getSetting } from "@/lib/settings/settings";
import { readBalance } from "./balance";

const FIRST_READ_MS = 5_000;
const SETTLE_MS = 2_000;

export type BalanceWatcherTiming = { firstReadMs?: number; settleMs?: number };

/** Reads Clodura's balance on a schedule and once after each batch finishes. Returns a stop function. */
export function startBalanceWatcher(db: Db, client: CloduraClient, timing: BalanceWatcherTiming = {}): () => void {
  const { firstReadMs = FIRST_READ_MS, settleMs = SETTLE_MS } = timing;
  const finishedBatches = new Set<string>();
  const touched = new Set<string>();
  let settleTimer: ReturnType<typeof setTimeout> | null = null;
  let firstRead = true;
  const read = () =>
    void readBalance(db, client)
      .then((reading) => {
        // A wrong key or plan is said when the server starts, not first met when a rep's reveal is refused.
        if (firstRead && reading.kind === "error") console.warn(`[reveal-desk] warning: ${reading.message}`);
        firstRead = false;
      })
      .catch((error: unknown) => {
        console.error(`[reveal-desk] balance read failed: ${error instanceof Error ? error.message : "unknown error"}`);
      });

  const checkTouchedBatches = () => {
    settleTimer = null;
    const done = [...touched].filter((batchId) => !finishedBatches.has(batchId) && openReveals(db, batchId) === 0);
    touched.clear();
    if (done.length === 0) return;
    for (const batchId of done) finishedBatches.add(batchId);
    read();
  };
  const unsubscribe = subscribeEvents((event) => {
    if (event.type !== "reveal.updated") return;
    touched.add(event.batchId);
    settleTimer ??= setTimeout(checkTouchedBatches, settleMs);
  });

  let scheduleTimer: ReturnType<typeof setTimeout>;
  const schedule = (delayMs: number) => {
    scheduleTimer = setTimeout(() => {
      read();
      schedule(getSetting(db, "balanceCheckMinutes") * 60_000);
    }, delayMs);
    scheduleTimer.unref();
  };
  schedule(firstReadMs);

  return () => {
    unsubscribe();
    clearTimeout(scheduleTimer);
    if (settleTimer) clearTimeout(settleTimer);
  };
}

function openReveals(db: Db, batchId: string): number {
  const row = db
    .select({ open: sql<number>`count(*)` })
    .from(reveals)
    .where(and(eq(reveals.batchId, batchId), inArray(reveals.state, [...openStates])))
    .get();
  return Number(row?.open ?? 0);
}
