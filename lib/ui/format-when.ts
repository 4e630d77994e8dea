type WhenOptions = { now?: Date; timeZone?: string };

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Building a formatter costs far more than using one, and a page of 300 lists or charges writes a dozen dates a row:
 * one per shape and zone, kept.
 */
const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let made = formatters.get(key);
  if (!made) formatters.set(key, (made = new Intl.DateTimeFormat(locale, options)));
  return made;
}

/** The calendar day of an instant where the reader is ("2026-11-27"), to tell today and yesterday apart. */
function dayKey(at: Date, timeZone: string | undefined): string {
  return formatter("en-CA", { year: "numeric", month: "2-digit", day: "2-digit", timeZone }).format(at);
}

/**
 * A moment as a rep scans it in a list: "Today, 9:41 AM", "Yesterday, 6:02 PM", "Nov 3, 2:15 PM", or with the year
 * once it is not this year. The app's words are English, so the dates are too, in the reader's time zone.
 */
export function formatWhen(at: Date | number | string, options: WhenOptions = {}): string {
  const { day, time } = dayAndTime(at, options);
  return RELATIVE_DAYS.includes(day) ? `${day[0]!.toUpperCase()}${day.slice(1)}, ${time}` : `${day}, ${time}`;
}

/** The same moment inside a sentence: "today at 9:41 AM", "tomorrow at 6:02 PM", "on Nov 3 at 2:15 PM". */
export function formatWhenInSentence(at: Date | number | string, options: WhenOptions = {}): string {
  const { day, time } = dayAndTime(at, options);
  return RELATIVE_DAYS.includes(day) ? `${day} at ${time}` : `on ${day} at ${time}`;
}

const RELATIVE_DAYS = ["today", "yesterday", "tomorrow"];

/** "today", "yesterday", "tomorrow" (when a wait ends) or "Nov 3", and "9:41 AM", where the reader is. */
function dayAndTime(at: Date | number | string, { now = new Date(), timeZone }: WhenOptions): { day: string; time: string } {
  const date = new Date(at);
  const time = formatter("en", { hour: "numeric", minute: "2-digit", timeZone }).format(date);
  const key = dayKey(date, timeZone);
  if (key === dayKey(now, timeZone)) return { day: "today", time };
  if (key === dayKey(new Date(now.getTime() - DAY_MS), timeZone)) return { day: "yesterday", time };
  if (key === dayKey(new Date(now.getTime() + DAY_MS), timeZone)) return { day: "tomorrow", time };
  return { day: formatDay(date, { now, timeZone }), time };
}

/** A day: "Nov 3", or "Nov 3, 2025" when it is not this year. */
export function formatDay(at: Date | number | string, { now = new Date(), timeZone }: WhenOptions = {}): string {
  const date = new Date(at);
  const sameYear = dayKey(date, timeZone).slice(0, 4) === dayKey(now, timeZone).slice(0, 4);
  return formatter("en", { month: "short", day: "numeric", ...(sameYear ? {} : { year: "numeric" }), timeZone }).format(date);
}

/** The full moment, for a tooltip: "Friday, November 27, 2026 at 9:41:05 AM". */
export function formatExact(at: Date | number | string, { timeZone }: WhenOptions = {}): string {
  return formatter("en", { dateStyle: "full", timeStyle: "medium", timeZone }).format(new Date(at));
}

/** "1 day", "90 days": a freshness window an admin may set to 1. */
export function formatDays(days: number): string {
  return `${days.toLocaleString("en")} ${days === 1 ? "day" : "days"}`;
}
