import { describe, expect, it } from "vitest";
import { csvDownload, safeFileName } from "./csv-download";

describe("csvDownload", () => {
  it("puts only ASCII letters, digits, '.', '_' and '-' into the file name, always ending in .csv", () => {
    expect(safeFileName("reveal-desk-2026-11-27-abcdef12.csv")).toBe("reveal-desk-2026-11-27-abcdef12.csv");
    expect(safeFileName('x-evil.exe".csv')).toBe("x-evil.exe-.csv");
    expect(safeFileName("a;b\r\nc é.csv")).toBe("a-b--c--.csv");
    expect(safeFileName("..")).toBe("..csv");
    expect(safeFileName("")).toBe("export.csv");
    expect(csvDownload('x".csv', "").headers.get("content-disposition")).toBe('attachment; filename="x-.csv"');
  });
});
