import { AppError } from "@/lib/errors";
import { parseCsvText } from "./parse-csv";
import { assertCsvFileSize, decodeCsvBytes } from "./read-csv-file";
import { ROWS_PER_MESSAGE, type CsvWorkerMessage, type CsvWorkerRequest, type ParsedCsv } from "./types";

const PROGRESS_INTERVAL_MS = 50;

/** The whole job of the CSV worker, kept out of csv-worker.ts so it runs (and is tested) anywhere. */
export async function runCsvJob(
  request: CsvWorkerRequest,
  post: (message: CsvWorkerMessage) => void,
  now: () => number = () => performance.now(),
): Promise<void> {
  try {
    const text = "text" in request ? request.text : await readFile(request.file);
    let lastReport = -Infinity;
    const result = parseCsvText(text, (fraction) => {
      const time = now();
      if (time - lastReport < PROGRESS_INTERVAL_MS) return;
      lastReport = time;
      post({ type: "progress", fraction });
    });
    assertHasRows(result);
    for (let start = 0; start < result.rows.length; start += ROWS_PER_MESSAGE) post({ type: "rows", rows: result.rows.slice(start, start + ROWS_PER_MESSAGE) });
    post({ type: "done", result: { ...result, rows: [] } });
  } catch (error) {
    const message = error instanceof AppError ? error.message : "The file could not be read (it may have been moved or changed since you chose it): choose it again.";
    post({ type: "error", message });
  }
}

async function readFile(file: File): Promise<string> {
  assertCsvFileSize(file.size);
  return decodeCsvBytes(new Uint8Array(await file.arrayBuffer()));
}

function assertHasRows(result: ParsedCsv): void {
  if (result.headers.length === 0) {
    throw new AppError("unprocessable", "The file has no rows: check that you exported the right list, then upload it again.");
  }
  if (result.rows.length === 0) {
    throw new AppError("unprocessable", "The file has a header row but no people under it: check that you exported the right list, then upload it again.");
  }
}
