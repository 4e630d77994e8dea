import { runMergeJob, type MergeMessage, type MergeRequest } from "./merge-job";

// Module Web Worker entry, started by merge-in-worker.ts: one file written back, then the worker is stopped.
self.onmessage = (event: MessageEvent<MergeRequest>) => {
  void runMergeJob(event.data, (message: MergeMessage) => self.postMessage(message));
};
