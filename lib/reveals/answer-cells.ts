import { bestNumber, everyNumber } from "./best-number";
import { displayStateLabels } from "./display-state";
import type { BatchRow } from "./schemas";

/** What a person's row says in any file: its state, the number to call first (E.164 when known) and every number. */
export type AnswerCells = { state: string; best: string; type: string; provider: string; all: string };

export function answerCells(row: BatchRow): AnswerCells {
  const best = bestNumber(row.results);
  const elsewhere = answeredInListOf(row);
  return {
    state: elsewhere === null ? displayStateLabels[row.state].toLowerCase() : answeredInLabel(elsewhere).toLowerCase(),
    best: best ? (best.number.e164 ?? best.number.raw) : "",
    type: best?.number.type ?? "",
    provider: best?.provider ?? "",
    all: everyNumber(row.results),
  };
}

/** Who sent this row's person again in a list of theirs that answered them (and paid), or null: its answer is not its own, nor a free one. */
export function answeredInListOf(row: Pick<BatchRow, "state" | "ledger">): string | null {
  if (row.ledger === null || row.ledger.inFlight || row.ledger.resentBy === null) return null;
  return row.state === "found" || row.state === "not_found" ? row.ledger.resentBy : null;
}

/** "Answered in Morgan Lee (Manager)'s list": the row's state, where the badge and the export would say "found". */
export const answeredInLabel = (resentBy: string) => `Answered in ${resentBy}'s list`;
