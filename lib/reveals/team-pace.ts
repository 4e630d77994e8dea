import type { Db } from "@/db/client";
import { getSetting } from "@/lib/settings/settings";
import { rateLimitedUntil } from "./rate-limit-backoff";
import { DAY_MS, sendLimitReached, sendsInWindow, sentAtOf } from "./send-limits";
import type { DayWindow, SendingPace } from "./send-pace";

export function teamPace(db: Db): SendingPace {
  return { perSecond: getSetting(db, "rateLimitPerSecond"), perMinute: getSetting(db, "sendsPerMinute"), perDay: getSetting(db, "sendsPerDay") };
}

/**
 * When the next request may go to Clodura: now, or once a 429's wait or a spent send limit has passed; `at` null while
 * sending is paused for the whole team. `day`: the sends the day's window holds, when a day's limit is set.
 */
export function nextSendAt(db: Db, now: number): { at: number | null; day: DayWindow } {
  const sends = getSetting(db, "sendsPerDay") > 0 ? sendsInWindow(db, now, DAY_MS) : { count: 0, oldestId: 0 };
  const day = { used: sends.count, oldestAt: sends.count > 0 ? sentAtOf(db, sends.oldestId) : null };
  if (getSetting(db, "queuePause") !== null) return { at: null, day };
  return { at: Math.max(now, rateLimitedUntil(db, now) ?? 0, sendLimitReached(db, now)?.until ?? 0), day };
}
