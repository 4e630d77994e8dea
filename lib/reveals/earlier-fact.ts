import { formatDay } from "@/lib/ui/format-when";

/**
 * A person's latest answer, however old; `unfinished`: cut short because Clodura's credits ran out; `noNumberSent`: a
 * provider said found but sent no number. Neither is reused, however recent. `withoutPartners`: not found by Clodura
 * alone, no answer for a list that asks partner providers too.
 */
export type EarlierAnswer = {
  state: "found" | "not_found";
  revealedBy: string;
  /** Set (to true) only in answers to the rep who revealed them: "You revealed them". */
  byYou?: boolean;
  at: number;
  unfinished?: boolean;
  noNumberSent?: boolean;
  withoutPartners?: boolean;
};

/**
 * "Sam Rivera revealed them on Jun 3 (found a number), outside the 90-day freshness window", or, for an answer cut short
 * by Clodura's credits running out (never reused, however recent), "… on Nov 27, but Clodura's credits ran out before
 * every provider was asked".
 */
export function earlierFact(earlier: EarlierAnswer, freshnessDays: number, now = Date.now()): string {
  const when = `${earlier.byYou ? "You" : earlier.revealedBy} revealed them on ${formatDay(earlier.at)}`;
  if (earlier.unfinished) return `${when}, but Clodura's credits ran out before every provider was asked`;
  if (earlier.noNumberSent) return `${when}, but the provider that said it found them sent no number`;
  if (earlier.withoutPartners && earlier.at >= now - freshnessDays * 86_400_000) return `${when} with Clodura alone (no number found); this list asks partner providers too`;
  return `${when} (${earlier.state === "found" ? "found a number" : "no number found"}), outside the ${freshnessDays}-day freshness window`;
}
