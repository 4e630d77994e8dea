import type { BatchPage, BatchView } from "./schemas";

/** Folds a partial answer (rows changed since the last cursor) into the full view, keeping batch order. */
export function mergeBatchView(previous: BatchView, delta: BatchView): BatchView {
  if (!delta.partial) return delta;
  if (delta.rows.length === 0) return { ...delta, rows: previous.rows, partial: false };
  const changed = new Map(delta.rows.map((row) => [row.revealId, row]));
  const rows = previous.rows.map((row) => changed.get(row.revealId) ?? row);
  return { ...delta, rows, partial: false };
}

/**
 * Adds the next page of rows. Counts, cost and cursor stay the first page's: rows already shown that changed while
 * later pages loaded, and the counts, come with the first `since` request after the last page.
 */
export function appendBatchPage(previous: BatchView, page: BatchPage): BatchView {
  return { ...previous, rows: [...previous.rows, ...page.rows], more: page.more };
}
