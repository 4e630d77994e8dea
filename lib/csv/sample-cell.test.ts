import { describe, expect, it } from "vitest";
import { sampleCell } from "./sample-cell";

const rows = [
  ["not a url", "", "Acme"],
  ["https://www.linkedin.com/sales/lead/ACwAAA,NAME", "Jane", ""],
  ["linkedin.com/in/jane-doe", "Jo", "Globex"],
];

describe("sampleCell", () => {
  it("shows a profile column's first usable cell, not a row the report will refuse", () => {
    expect(sampleCell(rows, 0, true)).toBe("linkedin.com/in/jane-doe");
  });

  it("falls back to the first filled cell when no cell is usable, and shows other columns' first filled cell", () => {
    expect(sampleCell([["nope"], ["still no"]], 0, true)).toBe("nope");
    expect(sampleCell(rows, 1, false)).toBe("Jane");
    expect(sampleCell(rows, 2, false)).toBe("Acme");
  });

  it("shows nothing for an unmapped or empty column", () => {
    expect(sampleCell(rows, null, false)).toBeNull();
    expect(sampleCell([[""], [" "]], 0, false)).toBeNull();
  });
});
