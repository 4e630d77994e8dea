import { formatWhenInSentence } from "@/lib/ui/format-when";
import type { LedgerHit } from "./ledger";

/**
 * What the team's ledger knows of a person, in words: who revealed them, when, and whether a number came, so an
 * earlier "no number" is never read as a free number. "Revealed by Sam Rivera today at 9:41 AM: no number found" (the
 * time too: a teammate's reveal of minutes ago is the one a rep wants to recognise).
 */
export function ledgerFact(hit: LedgerHit, lead: "Revealed" | "Already revealed" = "Revealed"): string {
  const who = hit.byYou ? "you" : hit.revealedBy;
  const when = formatWhenInSentence(hit.at);
  if (hit.kind === "in_flight") return `In progress (started by ${who} ${when})`;
  return `${lead} by ${who} ${when}: ${hit.state === "found" ? "number found" : "no number found"}`;
}
