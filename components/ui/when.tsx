import { formatDay, formatExact, formatWhen, formatWhenInSentence } from "@/lib/ui/format-when";

/** A moment in a list or a sentence, with the exact time on hover. Render it from client data: it reads the reader's time zone. */
type WhenProps = {
  at: Date | number | string;
  /** The day only: "Nov 3". */
  day?: boolean;
  /** After a name in a sentence: "today at 9:41 AM", "on Nov 3 at 2:15 PM". */
  inSentence?: boolean;
  className?: string;
  /** Where the day is counted, when not where the reader is: the team's calendar, on a page that counts by it. */
  timeZone?: string;
};

export function When({ at, day = false, inSentence = false, className, timeZone }: WhenProps) {
  const zone = { timeZone };
  return (
    <time dateTime={new Date(at).toISOString()} title={formatExact(at, zone)} className={className}>
      {day ? formatDay(at, zone) : inSentence ? formatWhenInSentence(at, zone) : formatWhen(at, zone)}
    </time>
  );
}
