import { sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { reveals } from "@/db/schema";
import { getEnv } from "@/lib/env";
import { getQueuePause } from "./queue-pause";

export type QueueStatus = {
  sandboxMode: boolean;
  pause: { status: number; message: string; at: number } | null;
  waiting: number;
};

export function getQueueStatus(db: Db): QueueStatus {
  const waiting = db
    .select({ n: sql<number>`count(*)` })
    .from(reveals)
    .where(sql`${reveals.state} in ('queued', 'dispatching')`)
    .get()?.n;
  return { sandboxMode: getEnv().sandboxMode, pause: getQueuePause(db), waiting: Number(waiting ?? 0) };
}
