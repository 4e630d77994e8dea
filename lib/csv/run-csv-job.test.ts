import { describe, expect, it } from "vitest";
import { readFixture } from "@/tests/fixtures/csv/read-fixture";
import { MAX_CSV_ROWS } from "./read-csv-file";
import { createCsvJob } from "./run-csv-job";
import type { ColumnMapping, CsvWorkerMessage, CsvWorkerRequest } from "./types";

/** One worker's life: the requests in order, and every message it posted. */
async function run(requests: CsvWorkerRequest[], now?: () => number): Promise<CsvWorkerMessage[]> {
  const messages: CsvWorkerMessage[] = [];
  const job = createCsvJob((message) => messages.push(message), now);
  for (const request of requests) await job(request);
  return messages;
}

const NO_MAPPING: ColumnMapping = { linkedinUrl: null, personId: null, firstName: null, lastName: null, fullName: null, company: null };
const byUrl = (linkedinUrl: number): ColumnMapping => ({ ...NO_MAPPING, linkedinUrl });

describe("the CSV worker's job", () => {
  it("reads a file and posts its facts and first rows, not the whole file", async () => {
    const file = new File([readFixture("hubspot-export.csv")], "hubspot.csv", { type: "text/csv" });
    const messages = await run([{ type: "parse", file }]);
    const last = messages.at(-1);
    expect(last).toMatchObject({ type: "parsed", facts: { rowCount: 6, delimiter: "," } });
    expect(last?.type === "parsed" && last.facts.sampleRows).toHaveLength(6);
    expect(last).not.toHaveProperty("facts.rows");
    expect(messages.slice(0, -1).every((message) => message.type === "progress")).toBe(true);
  });

  it("parses text sent directly", async () => {
    expect(await run([{ type: "parse", text: "LinkedIn\nlinkedin.com/in/jane-doe" }])).toContainEqual({
      type: "parsed",
      facts: {
        headers: ["LinkedIn"], rowCount: 1, sampleRows: [["linkedin.com/in/jane-doe"]], delimiter: ",", skippedBlankLines: 0, errors: [],
        detected: { ...NO_MAPPING, linkedinUrl: 0 },
      },
    });
  });

  it("keeps 50 sample rows of a big file", async () => {
    const text = `LinkedIn\n${Array.from({ length: 500 }, (_, i) => `linkedin.com/in/p-${i}`).join("\n")}`;
    const [parsed] = (await run([{ type: "parse", text }])).filter((message) => message.type === "parsed");
    expect(parsed?.type === "parsed" && parsed.facts.rowCount).toBe(500);
    expect(parsed?.type === "parsed" && parsed.facts.sampleRows.map(([cell]) => cell)).toEqual(Array.from({ length: 50 }, (_, i) => `linkedin.com/in/p-${i}`));
  });

  it("validates the file it holds for each mapping, sending a big file's rows 5,000 per message, in order", async () => {
    const text = `Name,LinkedIn\n${Array.from({ length: 12_001 }, (_, i) => `P${i},linkedin.com/in/p-${i % 12_000}`).join("\n")}`;
    const messages = await run([
      { type: "parse", text },
      { type: "validate", id: 1, mapping: byUrl(0) },
      { type: "validate", id: 2, mapping: byUrl(1) },
    ]);
    const answers = (id: number) => messages.filter((message) => "id" in message && message.id === id);
    expect(answers(1).at(-1)).toEqual({ type: "validated", id: 1 });
    const second = answers(2);
    expect(second.at(-1)).toEqual({ type: "validated", id: 2 });
    const slices = second.flatMap((message) => (message.type === "rows" ? [message.rows] : []));
    expect(slices.map((rows) => rows.length)).toEqual([5_000, 5_000, 2_001]);
    const rows = slices.flat();
    // Spreadsheet rows: the header is row 1.
    expect(rows.map((row) => row.row)).toEqual(Array.from({ length: 12_001 }, (_, i) => i + 2));
    expect(rows[0]).toMatchObject({ status: "ok", linkedinUrl: "https://www.linkedin.com/in/p-0/" });
    expect(rows.at(-1)).toMatchObject({ status: "duplicate", duplicateOfRow: 2 });
    expect(answers(1).flatMap((message) => (message.type === "rows" ? message.rows : [])).every((row) => row.status === "unsupported")).toBe(true);
  });

  it("holds a wide file's rows by the guessed columns, and reads the file again for a column the user maps later", async () => {
    const header = "First Name,Notes,Person Linkedin Url,City,Keywords";
    const text = [header, ...Array.from({ length: 300 }, (_, i) => `Ann${i},"n, ${i}",linkedin.com/in/ann-${i},Town ${i},"saas, crm"`)].join("\r\n");
    const guessed: ColumnMapping = { ...NO_MAPPING, linkedinUrl: 2, firstName: 0 };
    const withCity: ColumnMapping = { ...guessed, company: 3 };
    const messages = await run([
      { type: "parse", text },
      { type: "validate", id: 1, mapping: guessed },
      { type: "validate", id: 2, mapping: withCity },
    ]);
    const parsed = messages.find((message) => message.type === "parsed");
    expect(parsed?.type === "parsed" && parsed.facts.detected).toEqual(guessed);
    const rowsOf = (id: number) => messages.flatMap((message) => (message.type === "rows" && message.id === id ? message.rows : []));
    expect(rowsOf(1).at(-1)).toMatchObject({ row: 301, status: "ok", firstName: "Ann299", company: null, linkedinUrl: "https://www.linkedin.com/in/ann-299/" });
    expect(rowsOf(2).map((row) => row.company)).toEqual(Array.from({ length: 300 }, (_, i) => `Town ${i}`));
    // Only the request that needed the file read again reports that reading, before its rows.
    const rereading = messages.filter((message) => message.type === "rereading");
    expect(rereading).toEqual([{ type: "rereading", id: 2, fraction: 1 }]);
    expect(messages.indexOf(rereading[0]!)).toBeLessThan(messages.findIndex((message) => message.type === "rows" && message.id === 2));
    expect(messages.filter((message) => message.type === "validate-error")).toEqual([]);
  });

  it("answers a validate request before any file is open with an error for that request", async () => {
    expect(await run([{ type: "validate", id: 7, mapping: byUrl(0) }])).toEqual([{ type: "validate-error", id: 7, message: expect.stringMatching(/choose it again/) }]);
  });

  it("reports progress at most every 50 ms", async () => {
    let clock = 0;
    const postedAt: number[] = [];
    const text = `a,b\n${`${"x".repeat(100)},y\n`.repeat(60_000)}`;
    // Every progress callback advances the fake clock by 20 ms.
    const job = createCsvJob(
      (message) => message.type === "progress" && postedAt.push(clock),
      () => (clock += 20),
    );
    await job({ type: "parse", text });
    const callbacks = clock / 20;
    expect(callbacks).toBeGreaterThan(5);
    expect(postedAt.length).toBeGreaterThan(1);
    expect(postedAt.length).toBeLessThan(callbacks);
    expect(postedAt.slice(1).every((time, i) => time - postedAt[i]! >= 50)).toBe(true);
  });

  it.each<[string, CsvWorkerRequest, RegExp]>([
    ["a non-UTF-8 file", { type: "parse", file: new File([new Uint8Array([0x4e, 0x6f, 0x6d, 0xe9, 0x0a, 0x41])], "latin1.csv") }, /^This file is not UTF-8 text/],
    ["an empty file", { type: "parse", file: new File([], "empty.csv") }, /^The file is empty/],
    ["a file of blank lines", { type: "parse", text: "\r\n,,,\r\n \r\n" }, /^The file has no rows/],
    ["a header with nothing under it", { type: "parse", text: "First Name,LinkedIn URL\r\n\r\n" }, /^The file has a header row but no people under it/],
  ])("posts an actionable error for %s", async (_, request, message) => {
    const messages = await run([request]);
    expect(messages.at(-1)).toEqual({ type: "error", message: expect.stringMatching(message) });
    expect(messages.filter((posted) => posted.type !== "progress")).toHaveLength(1);
  });

  it("refuses a file of more than 200,000 rows as soon as it gets there, saying how to split it", async () => {
    const rows = (count: number) => `LinkedIn\n${"linkedin.com/in/someone\n".repeat(count)}`;
    const fits = await run([{ type: "parse", text: rows(MAX_CSV_ROWS) }]);
    expect(fits.at(-1)).toMatchObject({ type: "parsed", facts: { rowCount: MAX_CSV_ROWS } });
    const refused = await run([{ type: "parse", text: rows(MAX_CSV_ROWS + 1) }]);
    expect(refused.at(-1)).toEqual({ type: "error", message: expect.stringMatching(/^This file has more than 200,000 rows.*split it into files of up to 100,000 rows/) });
    // A file four times over is not read to its end: the last progress reported is about a quarter of the way.
    let clock = 0;
    const messages = await run([{ type: "parse", text: rows(4 * MAX_CSV_ROWS) }], () => (clock += 100));
    const fractions = messages.flatMap((message) => (message.type === "progress" ? [message.fraction] : []));
    expect(fractions.at(-1)).toBeGreaterThan(0.2);
    expect(fractions.at(-1)).toBeLessThan(0.3);
    expect(messages.at(-1)).toMatchObject({ type: "error" });
  });

  it("posts a generic, actionable error when the file cannot be read", async () => {
    const file = new File(["x"], "gone.csv");
    Object.defineProperty(file, "arrayBuffer", { value: () => Promise.reject(new Error("NotReadableError: internal detail")) });
    expect(await run([{ type: "parse", file }])).toEqual([{ type: "error", message: expect.stringMatching(/^The file could not be read.*choose it again/) }]);
  });
});
