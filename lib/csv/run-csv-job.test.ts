import { describe, expect, it } from "vitest";
import { readFixture } from "@/tests/fixtures/csv/read-fixture";
import { runCsvJob } from "./run-csv-job";
import type { CsvWorkerMessage, CsvWorkerRequest } from "./types";

async function run(request: CsvWorkerRequest, now?: () => number): Promise<CsvWorkerMessage[]> {
  const messages: CsvWorkerMessage[] = [];
  await runCsvJob(request, (message) => messages.push(message), now);
  return messages;
}

describe("runCsvJob", () => {
  it("reads a file, posts its rows, then the rest of the parsed result last", async () => {
    const file = new File([readFixture("hubspot-export.csv")], "hubspot.csv", { type: "text/csv" });
    const messages = await run({ file });
    const last = messages.at(-1);
    expect(last).toMatchObject({ type: "done", result: { rows: [] } });
    expect(messages.filter((message) => message.type === "rows").flatMap((message) => message.rows)).toHaveLength(6);
    expect(messages.slice(0, -1).every((message) => message.type === "progress" || message.type === "rows")).toBe(true);
  });

  it("parses text sent directly", async () => {
    expect(await run({ text: "LinkedIn\nlinkedin.com/in/jane-doe" })).toEqual([
      { type: "progress", fraction: expect.any(Number) },
      { type: "rows", rows: [["linkedin.com/in/jane-doe"]] },
      { type: "done", result: { headers: ["LinkedIn"], rows: [], delimiter: ",", skippedBlankLines: 0, errors: [] } },
    ]);
  });

  it("sends a big file's rows in order, 5,000 per message, so no single copy blocks the page", async () => {
    const text = `LinkedIn\n${Array.from({ length: 12_001 }, (_, i) => `linkedin.com/in/p-${i}`).join("\n")}`;
    const slices = (await run({ text })).flatMap((message) => (message.type === "rows" ? [message.rows] : []));
    expect(slices.map((rows) => rows.length)).toEqual([5_000, 5_000, 2_001]);
    expect(slices.flat().map(([cell]) => cell)).toEqual(Array.from({ length: 12_001 }, (_, i) => `linkedin.com/in/p-${i}`));
  });

  it("reports progress at most every 50 ms", async () => {
    let clock = 0;
    const postedAt: number[] = [];
    const text = `a,b\n${`${"x".repeat(100)},y\n`.repeat(60_000)}`;
    // Every progress callback advances the fake clock by 20 ms.
    await runCsvJob({ text }, (message) => message.type === "progress" && postedAt.push(clock), () => (clock += 20));
    const callbacks = clock / 20;
    expect(callbacks).toBeGreaterThan(5);
    expect(postedAt.length).toBeGreaterThan(1);
    expect(postedAt.length).toBeLessThan(callbacks);
    expect(postedAt.slice(1).every((time, i) => time - postedAt[i]! >= 50)).toBe(true);
  });

  it.each<[string, CsvWorkerRequest, RegExp]>([
    ["a non-UTF-8 file", { file: new File([new Uint8Array([0x4e, 0x6f, 0x6d, 0xe9, 0x0a, 0x41])], "latin1.csv") }, /^This file is not UTF-8 text/],
    ["an empty file", { file: new File([], "empty.csv") }, /^The file is empty/],
    ["a file of blank lines", { text: "\r\n,,,\r\n \r\n" }, /^The file has no rows/],
    ["a header with nothing under it", { text: "First Name,LinkedIn URL\r\n\r\n" }, /^The file has a header row but no people under it/],
  ])("posts an actionable error for %s", async (_, request, message) => {
    const messages = await run(request);
    expect(messages.at(-1)).toEqual({ type: "error", message: expect.stringMatching(message) });
    expect(messages.filter((posted) => posted.type !== "progress")).toHaveLength(1);
  });

  it("posts a generic, actionable error when the file cannot be read", async () => {
    const file = new File(["x"], "gone.csv");
    Object.defineProperty(file, "arrayBuffer", { value: () => Promise.reject(new Error("NotReadableError: internal detail")) });
    expect(await run({ file })).toEqual([{ type: "error", message: expect.stringMatching(/^The file could not be read.*choose it again/) }]);
  });
});
