import { bestNumber, everyNumber } from "./best-number";
import { displayStateLabels } from "./display-state";
import type { BatchRow } from "./schemas";

/** What a person's row says in any file: its state, the number to call first (E.164 when known) and every number. */
export type AnswerCells = { state: string; best: string; type: string; provider: string; all: string };

export function answerCells(row: BatchRow): AnswerCells {
  const best = bestNumber(row.results);
  return {
    state: displayStateLabels[row.state].toLowerCase(),
    best: best ? (best.number.e164 ?? best.number.raw) : "",
    type: best?.number.type ?? "",
    provider: best?.provider ?? "",
    all: everyNumber(row.results),
  };
}
