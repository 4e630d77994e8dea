import { MAX_PERIOD_DAYS } from "@/lib/credits/periods";

const noteClass = "rounded-lg border border-amber-200 bg-amber-50 px-3 py-2 text-sm text-amber-950 dark:border-amber-900 dark:bg-amber-950 dark:text-amber-100";

/** Says which date in the link was not understood, and which period is shown in its place. */
export function UnreadableDatesNote({ unreadable, from, to }: { unreadable: { end: "from" | "to"; value: string }[]; from: string; to: string }) {
  if (unreadable.length === 0) return null;
  const ends = unreadable.map((bad) => `“${bad.end}”`).join(" and ");
  const values = unreadable.map((bad) => `“${bad.value}”`).join(", ");
  const one = unreadable.length === 1;
  return (
    <p role="note" className={noteClass}>
      The {ends} date{one ? "" : "s"} in the link, {values}, {one ? "is not a date" : "are not dates"} like {to}: showing {from} → {to} instead. Pick another period above if you meant one.
    </p>
  );
}

/** Says a link's period was longer than the dashboard reads, and which of its days are shown. */
export function LongPeriodNote({ tooLong, from, to }: { tooLong: { from: string; to: string } | null; from: string; to: string }) {
  if (!tooLong) return null;
  return (
    <p role="note" className={noteClass}>
      The link asks for {tooLong.from} → {tooLong.to}, longer than the {MAX_PERIOD_DAYS} days a period may be: showing its last {MAX_PERIOD_DAYS} days, {from} → {to}.
    </p>
  );
}

/** Says which drill-down in the link was not understood: the period's every charge is listed instead. */
export function UnreadableDrillNote({ drill }: { drill: { kind: string; value: string } | null }) {
  if (!drill) return null;
  return (
    <p role="note" className={noteClass}>
      The link asks for the charges behind {drillWords(drill)}: showing every charge in this period. Pick a day, an SDR, a list or a provider below to see theirs.
    </p>
  );
}

const namedKinds: Record<string, string> = { user: "an SDR", batch: "a list", provider: "a provider" };

function drillWords({ kind, value }: { kind: string; value: string }): string {
  if (kind === "day") return value ? `the day “${value}”, which is not a date like 2026-01-31` : "a day it does not name";
  if (namedKinds[kind]) return `${namedKinds[kind]} it does not name`;
  return `“${kind}”, which is not a day, an SDR, a list or a provider`;
}

/**
 * Says whose spend a link's SDR was left out for: a manager's names nobody on the team (the whole team is shown); an
 * SDR's, someone else (an SDR sees their own, and is not told whether the id is anyone's).
 */
export function SdrLinkNote({ leftOut }: { leftOut: "unknown" | "not yours" | null }) {
  if (!leftOut) return null;
  return (
    <p role="note" className={noteClass}>
      {leftOut === "unknown"
        ? "The link picks an SDR who is not on this team: showing the whole team. Pick someone above if you meant one."
        : "The link asks for someone else's charges: you see your own, so yours are shown."}
    </p>
  );
}
