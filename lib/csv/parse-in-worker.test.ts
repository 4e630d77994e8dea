import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { AppError } from "@/lib/errors";
import { readFixture } from "@/tests/fixtures/csv/read-fixture";
import { parseCsvFileInWorker } from "./parse-in-worker";
import { runCsvJob } from "./run-csv-job";
import type { CsvWorkerRequest } from "./types";

/** Stands in for the browser's Worker: runs the real job in-process and delivers its messages asynchronously. */
class InProcessWorker {
  static created: InProcessWorker[] = [];
  static failToStart = false;
  onmessage: ((event: MessageEvent) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  terminated = false;

  constructor(
    readonly url: URL,
    readonly options: WorkerOptions,
  ) {
    InProcessWorker.created.push(this);
  }

  postMessage(request: CsvWorkerRequest): void {
    setTimeout(() => {
      if (InProcessWorker.failToStart) return this.onerror?.(new Event("error") as ErrorEvent);
      void runCsvJob(request, (data) => {
        if (!this.terminated) this.onmessage?.(new MessageEvent("message", { data }));
      });
    });
  }

  terminate(): void {
    this.terminated = true;
  }
}

beforeEach(() => {
  InProcessWorker.created = [];
  InProcessWorker.failToStart = false;
  vi.stubGlobal("Worker", InProcessWorker);
});
afterEach(() => vi.unstubAllGlobals());

describe("parseCsvFileInWorker", () => {
  it("starts csv-worker.ts as a module worker, resolves with the parsed file and terminates it", async () => {
    const progress: number[] = [];
    const parsed = await parseCsvFileInWorker(new File([readFixture("apollo-export.csv")], "apollo.csv"), (fraction) => progress.push(fraction));
    expect(parsed.rows).toHaveLength(5);
    expect(progress.at(-1)).toBe(1);
    const [worker] = InProcessWorker.created;
    expect(worker?.url.pathname).toMatch(/\/lib\/csv\/csv-worker\.ts$/);
    expect(worker?.options).toEqual({ type: "module" });
    expect(worker?.terminated).toBe(true);
  });

  it("puts a big file's rows back together in order from the worker's slices", async () => {
    const urls = Array.from({ length: 12_001 }, (_, i) => `linkedin.com/in/p-${i}`);
    const parsed = await parseCsvFileInWorker(new File([`LinkedIn\n${urls.join("\n")}`], "big.csv"), () => {});
    expect(parsed.headers).toEqual(["LinkedIn"]);
    expect(parsed.rows.map(([cell]) => cell)).toEqual(urls);
  });

  it("rejects with the worker's message as an AppError and terminates it", async () => {
    const file = new File([new Uint8Array([0x4e, 0x6f, 0x6d, 0xe9])], "latin1.csv");
    const result = parseCsvFileInWorker(file, () => {});
    await expect(result).rejects.toThrow(AppError);
    await expect(result).rejects.toThrow(/^This file is not UTF-8 text/);
    expect(InProcessWorker.created[0]?.terminated).toBe(true);
  });

  it("refuses a file over 50 MB before starting a worker", async () => {
    const file = new File(["x"], "huge.csv");
    Object.defineProperty(file, "size", { value: 60 * 1024 * 1024 });
    await expect(parseCsvFileInWorker(file, () => {})).rejects.toThrow(/^This file is 60\.0 MB and the limit is 50 MB/);
    expect(InProcessWorker.created).toHaveLength(0);
  });

  it("stops the worker and rejects when the caller aborts", async () => {
    const controller = new AbortController();
    const result = parseCsvFileInWorker(new File(["LinkedIn\nlinkedin.com/in/jane"], "a.csv"), () => {}, controller.signal);
    controller.abort();
    await expect(result).rejects.toThrow(expect.objectContaining({ name: "AbortError" }));
    expect(InProcessWorker.created[0]?.terminated).toBe(true);
    await expect(parseCsvFileInWorker(new File(["x"], "b.csv"), () => {}, controller.signal)).rejects.toThrow(expect.objectContaining({ name: "AbortError" }));
    expect(InProcessWorker.created).toHaveLength(1);
  });

  it("rejects with advice when the worker cannot start", async () => {
    InProcessWorker.failToStart = true;
    await expect(parseCsvFileInWorker(new File(["x"], "a.csv"), () => {})).rejects.toThrow(/could not start reading the file: reload the page/);
    expect(InProcessWorker.created[0]?.terminated).toBe(true);
  });
});
