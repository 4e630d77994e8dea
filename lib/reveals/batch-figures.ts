import { costPerNumber } from "@/lib/credits/cost-per-number";
import type { BatchSummary } from "./schemas";

/**
 * The Batches list's figures, in words that do not contradict each other or the other pages: Found is everyone the
 * list has a number for (as its page's Found chip), of them some free; Free is everyone the team ledger answered at no
 * cost, with a number or without; a paid number is a charged reveal, as Credits counts them.
 */
export type BatchFigures = Pick<BatchSummary, "found" | "freeWithNumber" | "cached" | "credits" | "paid">;

const fmt = (n: number) => n.toLocaleString("en");

export const foundCount = (batch: BatchFigures) => batch.found + batch.freeWithNumber;

/** Under Found: how many of those numbers cost nothing. */
export function foundNote(batch: BatchFigures): string | null {
  return batch.freeWithNumber > 0 ? `${fmt(batch.freeWithNumber)} of them free` : null;
}

/** Under Free: how many of the free answers came with a number (the rest are free "not found"s). */
export function freeNote(batch: Pick<BatchFigures, "cached" | "freeWithNumber">): string | null {
  if (batch.cached === 0) return null;
  return batch.freeWithNumber === 0 ? "none with a number" : `${fmt(batch.freeWithNumber)} with a number`;
}

/** What one paid number cost on average, in credits; null before anything was charged. */
function costOfPaidNumber(batch: BatchFigures): string | null {
  return batch.paid > 0 && batch.credits > 0 ? costPerNumber(batch.credits, batch.paid) : null;
}

/** Under Credits: "12 credits per paid number". */
export function perPaidNumber(batch: BatchFigures): string | null {
  const cost = costOfPaidNumber(batch);
  return cost === null ? null : `${cost} credits per paid number`;
}

/** On a phone, the figures the columns hold on a wider screen, in one line under the list's name. */
export function figuresLine(batch: BatchFigures): string {
  const found = [`${fmt(foundCount(batch))} found`, foundNote(batch)].filter(Boolean).join(", ");
  const free = batch.cached > 0 ? `${fmt(batch.cached)} free from the ledger, ${freeNote(batch)}` : null;
  const credits = `${fmt(batch.credits)} ${batch.credits === 1 ? "credit" : "credits"}`;
  const cost = costOfPaidNumber(batch);
  return [found, free, cost === null ? credits : `${credits}, ${cost} per paid number`].filter(Boolean).join(" · ");
}
