import { AppError } from "@/lib/errors";
import type { ExportTarget } from "./export-target";
import { mergeIntoFile, type ListedPerson } from "./merge-into-file";
import { assertCsvFileSize, decodeCsvBytes } from "./read-csv-file";
import { throttleProgress } from "./throttle-progress";

export type MergeRequest = { file: File; people: ListedPerson[]; fileName: string; target?: ExportTarget };

export type MergeMessage =
  | { type: "progress"; fraction: number }
  | { type: "merged"; file: Blob; rows: number; withResults: number; heldBack: number }
  | { type: "error"; message: string };

/** The merge worker's whole job, kept out of merge-worker.ts so it runs (and is tested) anywhere. */
export async function runMergeJob(request: MergeRequest, post: (message: MergeMessage) => void, now: () => number = () => performance.now()): Promise<void> {
  const onProgress = throttleProgress((fraction) => post({ type: "progress", fraction }), now);
  try {
    assertCsvFileSize(request.file.size);
    const text = decodeCsvBytes(new Uint8Array(await request.file.arrayBuffer()));
    const merged = mergeIntoFile(text, request.people, request.fileName, onProgress, request.target);
    post({ type: "merged", file: new Blob(merged.parts, { type: "text/csv;charset=utf-8" }), rows: merged.rows, withResults: merged.withResults, heldBack: merged.heldBack });
  } catch (error) {
    const message =
      error instanceof AppError
        ? error.message
        : "The file could not be read and written back (it may have changed since you chose it, or the browser ran short of memory): close other tabs and choose it again.";
    post({ type: "error", message });
  }
}
