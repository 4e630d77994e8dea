/** A cell of a grid: its row in the whole list (0-based, not in the rendered window) and its column (1-based, as aria-colindex). */
export type GridPosition = { row: number; column: number };

/** Where the focus is: the position it keeps (its column survives a row whose one cell spans several) and the columns its cell spans. */
export type GridFocus = GridPosition & { cellStart: number; cellEnd: number };

export type GridSize = { rows: number; columns: number; pageRows: number };

export type GridKey = { key: string; ctrlKey: boolean; metaKey: boolean };

const clamp = (value: number, last: number) => Math.min(Math.max(value, 0), last);

/**
 * Where a key moves the focus of a data grid, as the WAI-ARIA grid pattern has it: arrows by a cell or row, Home/End to
 * the row's first/last cell, Ctrl+Home/End to the first/last row, PageUp/PageDown by a screenful. Null for other keys.
 * Up and down keep the column, so passing a row whose one cell spans the providers comes back to the same provider.
 */
export function gridMove({ key, ctrlKey, metaKey }: GridKey, from: GridFocus, { rows, columns, pageRows }: GridSize): GridPosition | null {
  const lastRow = rows - 1;
  const whole = ctrlKey || metaKey;
  const at = (row: number, column = from.column) => ({ row: clamp(row, lastRow), column: Math.min(Math.max(column, 1), columns) });
  switch (key) {
    case "ArrowUp":
      return at(from.row - 1);
    case "ArrowDown":
      return at(from.row + 1);
    case "ArrowLeft":
      return at(from.row, from.cellStart - 1);
    case "ArrowRight":
      return at(from.row, from.cellEnd + 1);
    case "PageUp":
      return at(from.row - Math.max(1, pageRows));
    case "PageDown":
      return at(from.row + Math.max(1, pageRows));
    case "Home":
      return whole ? at(0, 1) : at(from.row, 1);
    case "End":
      return whole ? at(lastRow, columns) : at(from.row, columns);
    default:
      return null;
  }
}

/** Whether a cell starting at `start` and spanning `span` columns holds the focus kept at `column`. */
export function coversColumn(column: number, start: number, span = 1): boolean {
  return column >= start && column < start + span;
}
