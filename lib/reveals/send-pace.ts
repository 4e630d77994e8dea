const DAY_MS = 24 * 60 * 60_000;
// A minute, and the second's margin the dispatcher keeps (send-limits.ts).
const MINUTE_WINDOW_MS = 61_000;

/** The team's pace to Clodura (settings): a rate a second, and limits a minute and a day (0: none). */
export type SendingPace = { perSecond: number; perMinute: number; perDay: number };

/** The day's window as it stands: sends it counts, and when the oldest of them went (null: none). */
export type DayWindow = { used: number; oldestAt: number | null };

const EMPTY_DAY: DayWindow = { used: 0, oldestAt: null };

/**
 * When the last of `count` requests is sent, from `start` (the first moment one may go), at the team's rate and limits:
 * past the day's limit, counting the sends its window already holds, each day's worth waits for the window to roll.
 */
export function sendingDoneAt(count: number, pace: SendingPace, start: number, spentOrNot: DayWindow = EMPTY_DAY): number {
  if (count <= 0) return start;
  // A spent window (a limit lowered below it, too) lets the first send go only at `start`: from then on it holds at
  // most a day's limit less one, leaving as it rolls.
  const day = pace.perDay > 0 && spentOrNot.used >= pace.perDay ? { used: pace.perDay - 1, oldestAt: start - DAY_MS } : spentOrNot;
  const rate = pace.perMinute > 0 ? Math.min(pace.perSecond, pace.perMinute / 60) : pace.perSecond;
  const byRate = minuteBinds(pace) ? start + byMinuteBursts(count, pace) : start + (count / rate) * 1000;
  if (!dayBinds(count, pace, day)) return byRate;
  const windows = Math.ceil((day.used + count) / pace.perDay) - 1;
  const rest = day.used + count - windows * pace.perDay;
  const windowMs = Math.max(DAY_MS, (pace.perDay / rate) * 1000);
  return Math.max(byRate, (day.oldestAt ?? start) + windows * windowMs + (rest / rate) * 1000);
}

/** What bounds the pace of `count` more sends, in words: "5 a second", "100 a minute", "2,000 a day". */
export function paceInWords(count: number, pace: SendingPace, day: DayWindow = EMPTY_DAY): string {
  const fmt = (n: number) => n.toLocaleString("en");
  if (dayBinds(count, pace, day)) return `${fmt(pace.perDay)} a day`;
  if (minuteBinds(pace)) return `${fmt(pace.perMinute)} a minute`;
  // "0.1 a second" reads as a fraction of a person: a slow rate is said as the wait between two sends.
  if (pace.perSecond < 1) return `1 every ${fmt(Math.round(10 / pace.perSecond) / 10)} seconds`;
  return `${fmt(pace.perSecond)} a second`;
}

function minuteBinds(pace: SendingPace): boolean {
  return pace.perMinute > 0 && pace.perMinute / 60 < pace.perSecond;
}

/**
 * Under a minute's limit the dispatcher sends in bursts: the limit at the rate a second, then a wait until the burst's
 * first send leaves the window (a minute and the second's margin it keeps), and so on. Not an even pace: 6 at 2 a
 * minute go in about 2 minutes, not 3.
 */
function byMinuteBursts(count: number, pace: SendingPace): number {
  const waits = Math.ceil(count / pace.perMinute) - 1;
  return waits * MINUTE_WINDOW_MS + ((count - waits * pace.perMinute) / pace.perSecond) * 1000;
}

function dayBinds(count: number, pace: SendingPace, day: DayWindow): boolean {
  return pace.perDay > 0 && day.used + count > pace.perDay;
}

/** Teammates' reveals sent while one person's next `own` go: people take turns, one reveal each. */
export function inTurnWith(others: number[], own: number): number {
  return others.reduce((sum, waiting) => sum + Math.min(waiting, own), 0);
}
