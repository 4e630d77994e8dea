import { AppError } from "@/lib/errors";
import { assertCsvFileSize } from "./read-csv-file";
import type { CsvFileFacts, CsvWorkerMessage, CsvWorkerRequest } from "./types";

/** A parsed file: its facts on the page, its rows in `worker`, which answers `validate` requests until the signal aborts. */
export type OpenedCsv = { facts: CsvFileFacts; worker: Worker };

/**
 * Parses a chosen file off the main thread and keeps it there. Rejects with an AppError whose message can be shown
 * as is. Aborting `signal` stops the worker, before or after the file is open: the caller aborts when done with it.
 */
export function openCsvFileInWorker(file: File, onProgress: (fraction: number) => void, signal: AbortSignal): Promise<OpenedCsv> {
  try {
    assertCsvFileSize(file.size);
    signal.throwIfAborted();
  } catch (error) {
    return Promise.reject(error);
  }
  return new Promise<OpenedCsv>((resolve, reject) => {
    const worker = new Worker(new URL("./csv-worker.ts", import.meta.url), { type: "module" });
    const fail = (error: unknown) => {
      worker.terminate();
      signal.removeEventListener("abort", onAbort);
      reject(error);
    };
    const onAbort = () => fail(signal.reason);
    signal.addEventListener("abort", onAbort, { once: true });

    worker.onmessage = (event: MessageEvent<CsvWorkerMessage>) => {
      const message = event.data;
      if (message.type === "progress") return onProgress(message.fraction);
      if (message.type === "error") return fail(new AppError("unprocessable", message.message));
      if (message.type !== "parsed") return;
      worker.onmessage = null;
      worker.onerror = null;
      signal.removeEventListener("abort", onAbort);
      signal.addEventListener("abort", () => worker.terminate(), { once: true });
      resolve({ facts: message.facts, worker });
    };
    worker.onerror = (event: ErrorEvent) => {
      event.preventDefault();
      fail(new AppError("internal", "Your browser could not start reading the file: reload the page and try again."));
    };
    const request: CsvWorkerRequest = { type: "parse", file };
    worker.postMessage(request);
  });
}
