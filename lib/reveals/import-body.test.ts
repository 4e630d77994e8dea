import { describe, expect, it } from "vitest";
import { parseNdjson } from "@/lib/api/read-ndjson";
import { importRequestBody, importRequestFromLines, ROWS_PER_LINE } from "./import-body";
import { IMPORT_BODY_VALUES, type ImportRowsRequest } from "./import-rows";

describe("the upload's request body", () => {
  it("carries the settings on the first line and the rows 5,000 to a line, and reads back as the same request", async () => {
    const rows = Array.from({ length: 2 * ROWS_PER_LINE + 1 }, (_, i) => ({ row: i + 2, linkedinUrl: `https://www.linkedin.com/in/p-${i}/`, firstName: "Ann", company: null }));
    const request: ImportRowsRequest = { fileName: "leads.csv", name: "Q4", viaPartners: false, rows };
    const body = importRequestBody(request);
    const lines = body.trimEnd().split("\n");
    expect(lines).toHaveLength(4);
    expect(JSON.parse(lines[0]!)).toEqual({ fileName: "leads.csv", name: "Q4", viaPartners: false });
    expect(importRequestFromLines(await parseNdjson(body, IMPORT_BODY_VALUES))).toEqual(request);
  });

  it("refuses a body whose first line is not the settings, or whose later lines are not arrays of rows", () => {
    expect(() => importRequestFromLines([[{ row: 1 }]])).toThrow(/^The first line of the request body must be the upload's settings/);
    expect(() => importRequestFromLines([{ fileName: "a.csv", rows: [] }])).toThrow(/without rows/);
    expect(() => importRequestFromLines([{ fileName: "a.csv" }, [{ row: 1 }], { row: 2 }])).toThrow("Line 3 of the request body must be a JSON array of rows.");
    expect(importRequestFromLines([{ fileName: "a.csv" }])).toEqual({ fileName: "a.csv", rows: [] });
  });

  it("fits the values limit with every field of every row filled, the most the upload page sends", async () => {
    const full = { linkedinUrl: "https://www.linkedin.com/in/p/", personId: "123456789", firstName: "Ann", lastName: "Lee", company: "Acme, Inc.", revealAgain: true };
    const rows = Array.from({ length: 100_000 }, (_, i) => ({ row: i + 2, ...full }));
    const body = importRequestBody({ fileName: "full.csv", viaPartners: true, rows });
    expect(importRequestFromLines(await parseNdjson(body, IMPORT_BODY_VALUES))).toMatchObject({ rows: expect.arrayContaining([expect.objectContaining({ row: 100_001 })]) });
  });
});
