const DAY_S = 24 * 60 * 60;

/** The team's pace to Clodura (settings): a rate a second, and limits a minute and a day (0: none). */
export type SendingPace = { perSecond: number; perMinute: number; perDay: number };

/** Seconds to send `count` requests from an empty window at the team's rate and limits. */
export function secondsToSend(count: number, { perSecond, perMinute, perDay }: SendingPace): number {
  if (count <= 0) return 0;
  const rate = perMinute > 0 ? Math.min(perSecond, perMinute / 60) : perSecond;
  if (perDay <= 0 || count <= perDay) return count / rate;
  // Each full day's worth waits out the rest of its 24 hours.
  const fullDays = Math.floor((count - 1) / perDay);
  return fullDays * Math.max(DAY_S, perDay / rate) + (count - fullDays * perDay) / rate;
}

/** What bounds the pace of `count` sends, in words: "5 a second", "100 a minute", "2,000 a day". `daySpent`: the day's limit holds sending now. */
export function paceInWords(count: number, { perSecond, perMinute, perDay }: SendingPace, daySpent = false): string {
  const fmt = (n: number) => n.toLocaleString("en");
  if (perDay > 0 && (daySpent || count > perDay)) return `${fmt(perDay)} a day`;
  if (perMinute > 0 && perMinute / 60 < perSecond) return `${fmt(perMinute)} a minute`;
  return `${fmt(perSecond)} a second`;
}
