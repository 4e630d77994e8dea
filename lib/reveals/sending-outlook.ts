import type { Db } from "@/db/client";
import { getSetting } from "@/lib/settings/settings";
import { rateLimitedUntil } from "./rate-limit-backoff";
import { sendLimitReached } from "./send-limits";

const DAY_S = 24 * 60 * 60;

export type SendingPace = { perSecond: number; perMinute: number; perDay: number };

/** When a list's last reveal not yet sent goes to Clodura, as far as the queue and the team's pace tell. */
export type SendingOutlook = {
  /** The list's reveals not yet sent. */
  toSend: number;
  /** Other lists' reveals the dispatcher sends before this list's last one (it takes the team's queue in order). */
  ahead: number;
  /** When the last is sent (ms since the epoch); null while sending is paused for the whole team. */
  doneBy: number | null;
  /** What bounds the pace, in words: "5 a second", "100 a minute", "2,000 a day". */
  pace: string;
};

/** The list's outlook, or null when none of its reveals waits to be sent. */
export function sendingOutlook(db: Db, batchId: string, now: number): SendingOutlook | null {
  const last = db.$client
    .prepare("SELECT next_attempt_at AS due, rowid FROM reveals WHERE batch_id = ? AND state = 'queued' ORDER BY next_attempt_at DESC, rowid DESC LIMIT 1")
    .get(batchId) as { due: number; rowid: number } | undefined;
  if (!last) return null;
  const { toSend } = db.$client.prepare("SELECT count(*) AS toSend FROM reveals WHERE batch_id = ? AND state = 'queued'").get(batchId) as { toSend: number };
  // The dispatcher's order (claimNextQueued): due time, then rowid.
  const { upToLast } = db.$client
    .prepare("SELECT count(*) AS upToLast FROM reveals WHERE state = 'queued' AND (next_attempt_at < ? OR (next_attempt_at = ? AND rowid <= ?))")
    .get(last.due, last.due, last.rowid) as { upToLast: number };
  const pace = { perSecond: getSetting(db, "rateLimitPerSecond"), perMinute: getSetting(db, "sendsPerMinute"), perDay: getSetting(db, "sendsPerDay") };
  const paused = getSetting(db, "queuePause") !== null;
  const limit = sendLimitReached(db, now);
  const start = Math.max(now, rateLimitedUntil(db, now) ?? 0, limit?.until ?? 0);
  return {
    toSend,
    ahead: Math.max(0, upToLast - toSend),
    doneBy: paused ? null : Math.max(start + secondsToSend(upToLast, pace) * 1000, last.due),
    pace: paceInWords(upToLast, pace, limit?.per === "day"),
  };
}

/** Seconds to send `count` requests from an empty window at the team's rate and limits (0: none). */
export function secondsToSend(count: number, { perSecond, perMinute, perDay }: SendingPace): number {
  if (count <= 0) return 0;
  const rate = perMinute > 0 ? Math.min(perSecond, perMinute / 60) : perSecond;
  if (perDay <= 0 || count <= perDay) return count / rate;
  // Each full day's worth waits out the rest of its 24 hours.
  const fullDays = Math.floor((count - 1) / perDay);
  return fullDays * Math.max(DAY_S, perDay / rate) + (count - fullDays * perDay) / rate;
}

/** `daySpent`: the day's limit holds sending now, so it is what the wait is made of. */
function paceInWords(count: number, { perSecond, perMinute, perDay }: SendingPace, daySpent: boolean): string {
  const fmt = (n: number) => n.toLocaleString("en");
  if (perDay > 0 && (daySpent || count > perDay)) return `${fmt(perDay)} a day`;
  if (perMinute > 0 && perMinute / 60 < perSecond) return `${fmt(perMinute)} a minute`;
  return `${fmt(perSecond)} a second`;
}
