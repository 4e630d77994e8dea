import { EventEmitter } from "node:events";

export type RevealEvent = { type: "reveal.updated"; batchId: string; revealId: string; state: string } | { type: "batch.updated"; batchId: string }
  | { type: "queue.changed" };

const globalForBus = globalThis as unknown as { revealDeskBus?: EventEmitter };

/** In-process bus (on globalThis: route bundles don't share modules). Postgres LISTEN/NOTIFY would replace it. */
function bus(): EventEmitter {
  if (!globalForBus.revealDeskBus) {
    globalForBus.revealDeskBus = new EventEmitter();
    globalForBus.revealDeskBus.setMaxListeners(0);
  }
  return globalForBus.revealDeskBus;
}

export function publishEvent(event: RevealEvent): void {
  bus().emit("event", event);
}

export function subscribeEvents(listener: (event: RevealEvent) => void): () => void {
  bus().on("event", listener);
  return () => bus().off("event", listener);
}
