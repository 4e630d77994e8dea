import type { Db } from "@/db/client";
import { getSetting } from "@/lib/settings/settings";
import { rateLimitedUntil } from "./rate-limit-backoff";
import { sendLimitReached } from "./send-limits";
import type { SendingPace } from "./send-pace";

export function teamPace(db: Db): SendingPace {
  return { perSecond: getSetting(db, "rateLimitPerSecond"), perMinute: getSetting(db, "sendsPerMinute"), perDay: getSetting(db, "sendsPerDay") };
}

/**
 * When the next request may go to Clodura: now, or once a 429's wait or a spent send limit has passed; `at` null while
 * sending is paused for the whole team. `daySpent`: the day's limit is what holds it.
 */
export function nextSendAt(db: Db, now: number): { at: number | null; daySpent: boolean } {
  const limit = sendLimitReached(db, now);
  const daySpent = limit?.per === "day";
  if (getSetting(db, "queuePause") !== null) return { at: null, daySpent };
  return { at: Math.max(now, rateLimitedUntil(db, now) ?? 0, limit?.until ?? 0), daySpent };
}
