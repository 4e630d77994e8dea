import { formatDay, formatExact, formatWhen, formatWhenInSentence } from "@/lib/ui/format-when";

/** A moment in a list or a sentence, with the exact time on hover. Render it from client data: it reads the reader's time zone. */
type WhenProps = {
  at: Date | number | string;
  /** The day only: "Nov 3". */
  day?: boolean;
  /** After a name in a sentence: "today at 9:41 AM", "on Nov 3 at 2:15 PM". */
  inSentence?: boolean;
  className?: string;
};

export function When({ at, day = false, inSentence = false, className }: WhenProps) {
  return (
    <time dateTime={new Date(at).toISOString()} title={formatExact(at)} className={className}>
      {day ? formatDay(at) : inSentence ? formatWhenInSentence(at) : formatWhen(at)}
    </time>
  );
}
