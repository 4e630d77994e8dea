import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { AppError } from "@/lib/errors";
import { readFixture } from "@/tests/fixtures/csv/read-fixture";
import { openCsvFileInWorker } from "./parse-in-worker";
import { createCsvJob } from "./run-csv-job";
import type { CsvWorkerMessage, CsvWorkerRequest } from "./types";

/** Stands in for the browser's Worker: runs the real job in-process and delivers its messages asynchronously. */
class InProcessWorker {
  static created: InProcessWorker[] = [];
  static failToStart = false;
  onmessage: ((event: MessageEvent) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  terminated = false;
  private readonly job = createCsvJob((data) => {
    if (!this.terminated) this.onmessage?.(new MessageEvent("message", { data }));
  });

  constructor(
    readonly url: URL,
    readonly options: WorkerOptions,
  ) {
    InProcessWorker.created.push(this);
  }

  postMessage(request: CsvWorkerRequest): void {
    setTimeout(() => {
      if (InProcessWorker.failToStart) return this.onerror?.(new Event("error") as ErrorEvent);
      void this.job(request);
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

const open = (file: File, signal = new AbortController().signal, onProgress: (fraction: number) => void = () => {}) => openCsvFileInWorker(file, onProgress, signal);

describe("openCsvFileInWorker", () => {
  it("starts csv-worker.ts as a module worker and resolves with the file's facts, keeping the worker for later requests", async () => {
    const progress: number[] = [];
    const opened = await open(new File([readFixture("apollo-export.csv")], "apollo.csv"), undefined, (fraction) => progress.push(fraction));
    expect(opened.facts.rowCount).toBe(5);
    expect(opened.facts.sampleRows).toHaveLength(5);
    expect(progress.at(-1)).toBe(1);
    const [worker] = InProcessWorker.created;
    expect(worker?.url.pathname).toMatch(/\/lib\/csv\/csv-worker\.ts$/);
    expect(worker?.options).toEqual({ type: "module" });
    expect(opened.worker).toBe(worker);
    expect(worker?.terminated).toBe(false);
  });

  it("the open worker validates the rows it holds; aborting the signal afterwards stops it", async () => {
    const controller = new AbortController();
    const urls = Array.from({ length: 6_000 }, (_, i) => `linkedin.com/in/p-${i}`);
    const opened = await open(new File([`LinkedIn\n${urls.join("\n")}`], "big.csv"), controller.signal);
    const answered = new Promise<CsvWorkerMessage[]>((resolve) => {
      const messages: CsvWorkerMessage[] = [];
      opened.worker.onmessage = (event: MessageEvent<CsvWorkerMessage>) => {
        messages.push(event.data);
        if (event.data.type === "validated") resolve(messages);
      };
    });
    opened.worker.postMessage({ type: "validate", id: 1, mapping: { linkedinUrl: 0, personId: null, firstName: null, lastName: null, fullName: null, company: null } });
    const rows = (await answered).flatMap((message) => (message.type === "rows" ? message.rows : []));
    expect(rows.map((row) => row.linkedinUrl)).toEqual(urls.map((url) => `https://www.${url}/`));
    controller.abort();
    expect(InProcessWorker.created[0]?.terminated).toBe(true);
  });

  it("rejects with the worker's message as an AppError and terminates it", async () => {
    const file = new File([new Uint8Array([0x4e, 0x6f, 0x6d, 0xe9])], "latin1.csv");
    const result = open(file);
    await expect(result).rejects.toThrow(AppError);
    await expect(result).rejects.toThrow(/^This file is not UTF-8 text/);
    expect(InProcessWorker.created[0]?.terminated).toBe(true);
  });

  it("refuses a file over 200 MB before starting a worker", async () => {
    const file = new File(["x"], "huge.csv");
    Object.defineProperty(file, "size", { value: 260 * 1024 * 1024 });
    await expect(open(file)).rejects.toThrow(/^This file is 260\.0 MB and the limit is 200 MB/);
    expect(InProcessWorker.created).toHaveLength(0);
  });

  it("stops the worker and rejects when the caller aborts while parsing", async () => {
    const controller = new AbortController();
    const result = open(new File(["LinkedIn\nlinkedin.com/in/jane"], "a.csv"), controller.signal);
    controller.abort();
    await expect(result).rejects.toThrow(expect.objectContaining({ name: "AbortError" }));
    expect(InProcessWorker.created[0]?.terminated).toBe(true);
    await expect(open(new File(["x"], "b.csv"), controller.signal)).rejects.toThrow(expect.objectContaining({ name: "AbortError" }));
    expect(InProcessWorker.created).toHaveLength(1);
  });

  it("rejects with advice when the worker cannot start", async () => {
    InProcessWorker.failToStart = true;
    await expect(open(new File(["x"], "a.csv"))).rejects.toThrow(/could not start reading the file: reload the page/);
    expect(InProcessWorker.created[0]?.terminated).toBe(true);
  });
});
