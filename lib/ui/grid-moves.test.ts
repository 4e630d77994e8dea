import { describe, expect, it } from "vitest";
import { coversColumn, gridMove, type GridFocus } from "./grid-moves";

const size = { rows: 10_000, columns: 7, pageRows: 8 };
const press = (key: string, from: GridFocus, ctrlKey = false) => gridMove({ key, ctrlKey, metaKey: false }, from, size);
const cell = (row: number, column: number, cellStart = column, cellEnd = column): GridFocus => ({ row, column, cellStart, cellEnd });

describe("gridMove", () => {
  it("moves by a row or a cell, and stops at the edges of the whole list", () => {
    expect(press("ArrowDown", cell(40, 3))).toEqual({ row: 41, column: 3 });
    expect(press("ArrowUp", cell(40, 3))).toEqual({ row: 39, column: 3 });
    expect(press("ArrowRight", cell(40, 3))).toEqual({ row: 40, column: 4 });
    expect(press("ArrowLeft", cell(40, 3))).toEqual({ row: 40, column: 2 });
    expect(press("ArrowUp", cell(0, 3))).toEqual({ row: 0, column: 3 });
    expect(press("ArrowDown", cell(9_999, 3))).toEqual({ row: 9_999, column: 3 });
    expect(press("ArrowLeft", cell(5, 1))).toEqual({ row: 5, column: 1 });
    expect(press("ArrowRight", cell(5, 7))).toEqual({ row: 5, column: 7 });
  });

  it("jumps a screenful with PageUp/PageDown, to the row's ends with Home/End and to the list's with Ctrl", () => {
    expect(press("PageDown", cell(40, 3))).toEqual({ row: 48, column: 3 });
    expect(press("PageUp", cell(4, 3))).toEqual({ row: 0, column: 3 });
    expect(press("PageDown", cell(9_995, 3))).toEqual({ row: 9_999, column: 3 });
    expect(press("Home", cell(40, 3))).toEqual({ row: 40, column: 1 });
    expect(press("End", cell(40, 3))).toEqual({ row: 40, column: 7 });
    expect(press("Home", cell(40, 3), true)).toEqual({ row: 0, column: 1 });
    expect(press("End", cell(40, 3), true)).toEqual({ row: 9_999, column: 7 });
    expect(gridMove({ key: "End", ctrlKey: false, metaKey: true }, cell(40, 3), size)).toEqual({ row: 9_999, column: 7 });
  });

  it("steps over a cell spanning the providers sideways, and keeps the provider column up and down through it", () => {
    // Row 40's one pending cell spans columns 5–7; the focus came down in column 6.
    const onSpan = cell(40, 6, 5, 7);
    expect(press("ArrowDown", onSpan)).toEqual({ row: 41, column: 6 });
    expect(press("ArrowLeft", onSpan)).toEqual({ row: 40, column: 4 });
    expect(press("ArrowRight", onSpan)).toEqual({ row: 40, column: 7 });
  });

  it("leaves other keys (Enter, Tab, letters) to the cell and the browser", () => {
    for (const key of ["Enter", "Tab", "Escape", "a", " "]) expect(press(key, cell(3, 3))).toBeNull();
  });

  it("tells which cell holds a kept column", () => {
    expect([coversColumn(6, 5, 3), coversColumn(8, 5, 3), coversColumn(4, 5, 3), coversColumn(2, 2)]).toEqual([true, false, false, true]);
  });
});
