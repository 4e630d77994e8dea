import { formatDay } from "@/lib/ui/format-when";

/** A person's latest answer, however old. */
export type EarlierAnswer = { state: "found" | "not_found"; revealedBy: string; at: number };

/** "Sam Rivera revealed them on Jun 3 (found a number), outside the 90-day freshness window". */
export function earlierFact(earlier: EarlierAnswer, freshnessDays: number): string {
  return `${earlier.revealedBy} revealed them on ${formatDay(earlier.at)} (${earlier.state === "found" ? "found a number" : "no number found"}), outside the ${freshnessDays}-day freshness window`;
}
