import { formatDay } from "@/lib/ui/format-when";
import type { LedgerHit } from "./ledger";

/**
 * What the team's ledger knows of a person, in words: who revealed them, when, and whether a number came, so an
 * earlier "no number" is never read as a free number. "Revealed by Sam Rivera on Nov 27: no number found".
 */
export function ledgerFact(hit: LedgerHit, lead: "Revealed" | "Already revealed" = "Revealed"): string {
  const who = hit.byYou ? "you" : hit.revealedBy;
  if (hit.kind === "in_flight") return `In progress (started by ${who})`;
  return `${lead} by ${who} on ${formatDay(hit.at)}: ${hit.state === "found" ? "number found" : "no number found"}`;
}
