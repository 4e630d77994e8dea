import { runCsvJob } from "./run-csv-job";
import type { CsvWorkerMessage, CsvWorkerRequest } from "./types";

// Module Web Worker entry, started by parse-in-worker.ts: one file per worker, terminated when done.
self.onmessage = (event: MessageEvent<CsvWorkerRequest>) => {
  void runCsvJob(event.data, (message: CsvWorkerMessage) => self.postMessage(message));
};
