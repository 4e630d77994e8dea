import { createCsvJob } from "./run-csv-job";
import type { CsvWorkerMessage, CsvWorkerRequest } from "./types";

// Module Web Worker entry, started by parse-in-worker.ts: one file per worker, kept while the file is reviewed.
const job = createCsvJob((message: CsvWorkerMessage) => self.postMessage(message));
self.onmessage = (event: MessageEvent<CsvWorkerRequest>) => {
  void job(event.data);
};
