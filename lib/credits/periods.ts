/**
 * Budgets and the dashboard count in the team's days (the time zone an admin sets, UTC until then), so a daily cap
 * resets at the team's midnight and every server and browser agrees on "today". Days are "YYYY-MM-DD" strings.
 */
export const DEFAULT_TIME_ZONE = "UTC";
const DAY_MS = 86_400_000;

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat("en-US", { timeZone, hourCycle: "h23", year: "numeric", month: "numeric", day: "numeric", hour: "numeric", minute: "numeric", second: "numeric" });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

export function isTimeZone(value: string): boolean {
  if (!value || value.length > 64) return false;
  try {
    formatterFor(value);
    return true;
  } catch {
    return false;
  }
}

/** How far the zone's wall clock is ahead of UTC at `at`, in milliseconds (negative west of Greenwich). */
export function utcOffsetMs(at: number, timeZone: string): number {
  if (timeZone === "UTC") return 0;
  const part: Record<string, number> = {};
  for (const { type, value } of formatterFor(timeZone).formatToParts(at)) part[type] = Number(value);
  const wall = Date.UTC(part.year!, part.month! - 1, part.day!, part.hour!, part.minute!, part.second!);
  return wall - (at - (((at % 1000) + 1000) % 1000));
}

/** The team's calendar day that `at` falls on. */
export function dayIn(at: Date | number, timeZone: string): string {
  const ms = typeof at === "number" ? at : at.getTime();
  return new Date(ms + utcOffsetMs(ms, timeZone)).toISOString().slice(0, 10);
}

export function addDays(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

export function monthStartOf(day: string): string {
  return `${day.slice(0, 8)}01`;
}

/** Whole days from `from` to `to` (0 when they are the same day). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}

/**
 * The first instant of a day in the zone. Usually its midnight; where clocks skip midnight (a DST change at 24:00, as
 * in Chile), the moment they jump. The offsets a day ago and a day later cover both sides of any change.
 */
export function dayStartMs(day: string, timeZone: string): number {
  const midnightUtc = Date.parse(`${day}T00:00:00Z`);
  const candidates = [utcOffsetMs(midnightUtc - DAY_MS, timeZone), utcOffsetMs(midnightUtc + DAY_MS, timeZone)].map((offset) => midnightUtc - offset);
  const inDay = candidates.filter((at) => dayIn(at, timeZone) === day);
  return Math.min(...(inDay.length > 0 ? inDay : candidates));
}

/** Inclusive day range ("2026-11-01" … "2026-11-26") as the rollups store it. */
export type DayRange = { from: string; to: string };

/** The longest period the dashboard reads: a year and a month, so "12 months" plus a few days fits. */
export const MAX_PERIOD_DAYS = 400;

/**
 * The period with `kept` where it was put and the other end moved, so that it neither runs backwards nor spans more
 * than MAX_PERIOD_DAYS. `cut` says the length, not the direction, moved it: that is worth telling the reader.
 */
export function periodAround(kept: "from" | "to", period: DayRange): DayRange & { cut: boolean } {
  const tooLong = daysBetween(period.from, period.to) + 1 > MAX_PERIOD_DAYS;
  if (kept === "from") {
    const to = period.to < period.from ? period.from : tooLong ? addDays(period.from, MAX_PERIOD_DAYS - 1) : period.to;
    return { from: period.from, to, cut: tooLong };
  }
  const from = period.from > period.to ? period.to : tooLong ? addDays(period.to, -(MAX_PERIOD_DAYS - 1)) : period.from;
  return { from, to: period.to, cut: tooLong };
}

export function isDay(value: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(`${value}T00:00:00Z`)) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value);
}

/** Milliseconds bounds [start, end) of a day range in the zone, for queries on timestamps. */
export function rangeBounds(range: DayRange, timeZone: string): { start: number; end: number } {
  return { start: dayStartMs(range.from, timeZone), end: dayStartMs(addDays(range.to, 1), timeZone) };
}

/** "2026-11-27 09:30" (or "2026-11-27 09:30:12" to the second): the wall clock in the zone, as the charges list shows it. */
export function wallClock(at: number, timeZone: string, to: "minute" | "second" = "minute"): string {
  return new Date(at + utcOffsetMs(at, timeZone)).toISOString().slice(0, to === "minute" ? 16 : 19).replace("T", " ");
}

/** "America/New York" for "America/New_York". */
export function zoneLabel(timeZone: string): string {
  return timeZone.replaceAll("_", " ");
}
