/**
 * Clodura's track 404 may mean "an id it does not know yet", so a reveal is closed as not found only when the 404
 * repeats. Meanwhile the awaiting row carries the run of 404s in its errorCode (as recover.ts's "interrupted" does)
 * and says so in its note, so no column is added for it: `track_unknown:<404s in a row>:<first of them, epoch ms>`.
 */

// Three 404s in a row spread over ten minutes or more: one slow Clodura moment cannot close a reveal that costs credits.
export const TRACK_404_POLLS = 3;
export const TRACK_404_SPAN_MS = 10 * 60_000;

export const TRACK_UNKNOWN_NOTE = "Clodura does not know this request yet (its track endpoint answered 404); Reveal Desk asks it again.";

const CODE = /^track_unknown:(\d+):(\d+)$/;

export type TrackNotFoundStreak = { count: number; sinceMs: number };

/** The run of track 404s an awaiting reveal's errorCode records, or null when its last answer was not a 404. */
export function readTrackNotFoundStreak(errorCode: string | null): TrackNotFoundStreak | null {
  const match = errorCode === null ? null : CODE.exec(errorCode);
  return match ? { count: Number(match[1]), sinceMs: Number(match[2]) } : null;
}

/** The run after one more 404 answered at `now`. */
export function extendTrackNotFoundStreak(errorCode: string | null, now: number): TrackNotFoundStreak {
  const streak = readTrackNotFoundStreak(errorCode);
  return streak ? { count: streak.count + 1, sinceMs: streak.sinceMs } : { count: 1, sinceMs: now };
}

/** Whether the 404 has repeated often enough, and long enough, to mean Clodura found nothing. */
export function isTrackNotFoundBelieved(streak: TrackNotFoundStreak, now: number): boolean {
  return streak.count >= TRACK_404_POLLS && now - streak.sinceMs >= TRACK_404_SPAN_MS;
}

export function trackNotFoundStreakCode(streak: TrackNotFoundStreak): string {
  return `track_unknown:${streak.count}:${streak.sinceMs}`;
}
