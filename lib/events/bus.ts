import { EventEmitter } from "node:events";
import { processState } from "@/lib/server/process-state";

export type RevealEvent = { type: "reveal.updated"; batchId: string; revealId: string; state: string } | { type: "batch.updated"; batchId: string }
  | { type: "queue.changed" };

/** In-process bus (one per process: route bundles don't share modules). Postgres LISTEN/NOTIFY would replace it. */
function bus(): EventEmitter {
  return processState("revealDeskBus", () => new EventEmitter().setMaxListeners(0));
}

export function publishEvent(event: RevealEvent): void {
  bus().emit("event", event);
}

export function subscribeEvents(listener: (event: RevealEvent) => void): () => void {
  bus().on("event", listener);
  return () => bus().off("event", listener);
}
