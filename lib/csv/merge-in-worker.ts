import { AppError } from "@/lib/errors";
import type { MergeMessage, MergeRequest } from "./merge-job";

export type MergedUpload = Extract<MergeMessage, { type: "merged" }>;

/**
 * Writes a list's answers into its file off the main thread (a 100 MB export is parsed and written again). Rejects with
 * an AppError whose message can be shown as is; aborting `signal` stops the worker.
 */
export function mergeFileInWorker(request: MergeRequest, onProgress: (fraction: number) => void, signal: AbortSignal): Promise<MergedUpload> {
  return new Promise<MergedUpload>((resolve, reject) => {
    const worker = new Worker(new URL("./merge-worker.ts", import.meta.url), { type: "module" });
    const finish = () => {
      worker.terminate();
      signal.removeEventListener("abort", onAbort);
    };
    const onAbort = () => {
      finish();
      reject(signal.reason);
    };
    signal.addEventListener("abort", onAbort, { once: true });
    worker.onmessage = (event: MessageEvent<MergeMessage>) => {
      const message = event.data;
      if (message.type === "progress") return onProgress(message.fraction);
      finish();
      if (message.type === "error") reject(new AppError("unprocessable", message.message));
      else resolve(message);
    };
    worker.onerror = (event: ErrorEvent) => {
      event.preventDefault();
      finish();
      reject(new AppError("internal", "Your browser could not start reading the file: reload the page and try again."));
    };
    worker.postMessage(request);
  });
}
