import { formatWhenInSentence } from "@/lib/ui/format-when";

/**
 * Who else sent a list's people again just before a press of its own send-again button; `followed`: this list's rows
 * follow that new list (a manager's), so its answers show here.
 */
export type SentMeanwhile = { by: string; at: number; followed: boolean };

/**
 * "Morgan Lee (Manager) already sent these again today at 2:39 PM; their answers will show here.": the losing press of
 * two learns who won, and where the answers come, rather than that nothing is left to send.
 */
export function sentMeanwhileWords(sent: SentMeanwhile, options: { timeZone?: string; now?: Date } = {}): string {
  const when = formatWhenInSentence(sent.at, options);
  return sent.followed ? `${sent.by} already sent these again ${when}; their answers will show here.` : `${sent.by} already sent these again ${when}, from their list.`;
}

function isSentMeanwhile(value: unknown): value is SentMeanwhile {
  const sent = value as Partial<SentMeanwhile> | null;
  return typeof sent === "object" && sent !== null && typeof sent.by === "string" && typeof sent.at === "number" && typeof sent.followed === "boolean";
}

/** A send-again refusal as the reader reads it: the server words the moment in the team's time zone, this in the reader's. */
export function sendAgainErrorMessage(error: Error & { details?: unknown }): string {
  const sent = (error.details as { sentMeanwhile?: unknown } | undefined)?.sentMeanwhile;
  return isSentMeanwhile(sent) ? sentMeanwhileWords(sent) : error.message;
}

/** Whether a send-again refusal says someone sent the people first (the offer is gone: it says so in its place). */
export function wasSentMeanwhile(error: Error & { details?: unknown }): boolean {
  return isSentMeanwhile((error.details as { sentMeanwhile?: unknown } | undefined)?.sentMeanwhile);
}
