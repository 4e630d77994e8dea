import { AppError } from "@/lib/errors";
import { mergeIntoFile, type ListedPerson } from "./merge-into-file";
import { assertCsvFileSize, decodeCsvBytes } from "./read-csv-file";

export type MergeRequest = { file: File; people: ListedPerson[]; fileName: string };

export type MergeMessage =
  | { type: "progress"; fraction: number }
  | { type: "merged"; file: Blob; rows: number; withResults: number }
  | { type: "error"; message: string };

const PROGRESS_INTERVAL_MS = 50;

/** The merge worker's whole job, kept out of merge-worker.ts so it runs (and is tested) anywhere. */
export async function runMergeJob(request: MergeRequest, post: (message: MergeMessage) => void, now: () => number = () => performance.now()): Promise<void> {
  let lastReport = -Infinity;
  const onProgress = (fraction: number) => {
    if (now() - lastReport < PROGRESS_INTERVAL_MS) return;
    lastReport = now();
    post({ type: "progress", fraction });
  };
  try {
    assertCsvFileSize(request.file.size);
    const text = decodeCsvBytes(new Uint8Array(await request.file.arrayBuffer()));
    const merged = mergeIntoFile(text, request.people, request.fileName, onProgress);
    post({ type: "merged", file: new Blob(merged.parts, { type: "text/csv;charset=utf-8" }), rows: merged.rows, withResults: merged.withResults });
  } catch (error) {
    const message = error instanceof AppError ? error.message : "The file could not be read (it may have been moved or changed since you chose it): choose it again.";
    post({ type: "error", message });
  }
}
