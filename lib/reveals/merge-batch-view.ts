import type { BatchView } from "./schemas";

/** Folds a partial answer (rows changed since the last cursor) into the full view, keeping batch order. */
export function mergeBatchView(previous: BatchView, delta: BatchView): BatchView {
  if (!delta.partial) return delta;
  if (delta.rows.length === 0) return { ...delta, rows: previous.rows, partial: false };
  const changed = new Map(delta.rows.map((row) => [row.revealId, row]));
  const rows = previous.rows.map((row) => changed.get(row.revealId) ?? row);
  return { ...delta, rows, partial: false };
}
