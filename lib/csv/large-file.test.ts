import { describe, expect, it } from "vitest";
import { generateLargeCsv } from "@/tests/fixtures/csv/read-fixture";
import { detectColumns } from "./detect-columns";
import { parseCsvText } from "./parse-csv";
import { validateCsvRows } from "./validate-rows";

describe("a 100,000-row export", () => {
  it("parses, maps and validates every row", () => {
    const parsed = parseCsvText(generateLargeCsv(100_000));
    expect(parsed.rows).toHaveLength(100_000);
    expect(parsed.errors).toEqual([]);
    expect(parsed.skippedBlankLines).toBe(0);

    const mapping = detectColumns(parsed.headers, parsed.rows.slice(0, 200));
    expect(mapping).toEqual({ linkedinUrl: 4, personId: null, firstName: 0, lastName: 1, fullName: null, company: 3 });

    const rows = validateCsvRows(parsed, mapping);
    const counts = { ok: 0, duplicate: 0, unsupported: 0, empty: 0 };
    for (const row of rows) counts[row.status]++;
    // Every 250th row has no URL; every other 100th repeats the row before it.
    expect(counts).toEqual({ ok: 98_800, duplicate: 800, unsupported: 0, empty: 400 });
    // Numbered as a spreadsheet shows them, under the header row.
    expect(rows[99]).toMatchObject({ row: 101, status: "duplicate", duplicateOfRow: 100 });
    expect(rows.at(-1)).toMatchObject({ row: 100_001, status: "empty" });
  });
});
