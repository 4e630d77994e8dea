import { formatWhenInSentence } from "@/lib/ui/format-when";

/** How a list was decided before, sent with the refusal of a second decision so the browser can say it in its time. */
export type EarlierDecision = { state: "approved" | "rejected"; withdrawn: boolean; by: string; at: number };

/**
 * "Already approved by Morgan Lee today at 5:47 AM.": a second manager acting on a list someone decided meanwhile
 * learns who, and when, rather than only that it was.
 */
export function alreadyDecided(decision: EarlierDecision, options: { timeZone?: string; now?: Date } = {}): string {
  const verb = decision.state === "approved" ? "approved" : decision.withdrawn ? "withdrawn" : "rejected";
  return `Already ${verb} by ${decision.by} ${formatWhenInSentence(decision.at, options)}.`;
}

function isEarlierDecision(value: unknown): value is EarlierDecision {
  const decision = value as Partial<EarlierDecision> | null;
  return typeof decision === "object" && decision !== null && typeof decision.by === "string" && typeof decision.at === "number" && (decision.state === "approved" || decision.state === "rejected");
}

/** A decision's error as the reader reads it: the server words the moment in the team's time zone, this in the reader's. */
export function decisionErrorMessage(error: Error & { details?: unknown }): string {
  const earlier = (error.details as { earlierDecision?: unknown } | undefined)?.earlierDecision;
  return isEarlierDecision(earlier) ? alreadyDecided(earlier) : error.message;
}
