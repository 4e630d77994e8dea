import { AppError } from "@/lib/errors";
import { assertCsvFileSize } from "./read-csv-file";
import type { CsvWorkerMessage, CsvWorkerRequest, ParsedCsv } from "./types";

/** Parses a chosen file off the main thread; rejects with an AppError whose message can be shown as is. */
export function parseCsvFileInWorker(file: File, onProgress: (fraction: number) => void, signal?: AbortSignal): Promise<ParsedCsv> {
  try {
    assertCsvFileSize(file.size);
    signal?.throwIfAborted();
  } catch (error) {
    return Promise.reject(error);
  }
  return new Promise<ParsedCsv>((resolve, reject) => {
    const worker = new Worker(new URL("./csv-worker.ts", import.meta.url), { type: "module" });
    const stop = () => {
      worker.terminate();
      signal?.removeEventListener("abort", onAbort);
    };
    const onAbort = () => {
      stop();
      reject(signal?.reason);
    };
    signal?.addEventListener("abort", onAbort, { once: true });

    const rows: string[][] = [];
    // Each message is its own task on the page, so receiving a big file never blocks it for long.
    worker.onmessage = (event: MessageEvent<CsvWorkerMessage>) => {
      const message = event.data;
      if (message.type === "progress") return onProgress(message.fraction);
      if (message.type === "rows") {
        for (const row of message.rows) rows.push(row);
        return;
      }
      stop();
      if (message.type === "done") resolve({ ...message.result, rows });
      else reject(new AppError("unprocessable", message.message));
    };
    worker.onerror = (event: ErrorEvent) => {
      event.preventDefault();
      stop();
      reject(new AppError("internal", "Your browser could not start reading the file: reload the page and try again."));
    };
    const request: CsvWorkerRequest = { file };
    worker.postMessage(request);
  });
}
