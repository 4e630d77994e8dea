import { subscribeEvents } from "./bus";

const HEARTBEAT_MS = 15_000;

type StreamOptions = {
  /** Asked at every heartbeat: false (the viewer was disabled, signed out everywhere, or lost the batch) ends the stream. */
  stillAllowed: () => boolean;
  heartbeatMs?: number;
};

/** Server-sent events for one batch: a small "changed" message per reveal update; the client refetches the view. */
export function streamBatchEvents(batchId: string, signal: AbortSignal, { stillAllowed, heartbeatMs = HEARTBEAT_MS }: StreamOptions): Response {
  const encoder = new TextEncoder();
  let cleanup = () => {};
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      const send = (text: string) => {
        try {
          controller.enqueue(encoder.encode(text));
        } catch {
          cleanup();
        }
      };
      const unsubscribe = subscribeEvents((event) => {
        if (event.type === "reveal.updated" && event.batchId === batchId) {
          send(`event: reveal\ndata: ${JSON.stringify({ revealId: event.revealId, state: event.state })}\n\n`);
        }
        if (event.type === "batch.updated" && event.batchId === batchId) send("event: batch\ndata: {}\n\n");
      });
      const heartbeat = setInterval(() => (stillAllowed() ? send(": keep-alive\n\n") : cleanup()), heartbeatMs);
      cleanup = () => {
        unsubscribe();
        clearInterval(heartbeat);
        try {
          controller.close();
        } catch {
          // already closed by the client going away
        }
      };
      signal.addEventListener("abort", () => cleanup());
      send("retry: 2000\n\n");
    },
    cancel() {
      cleanup();
    },
  });
  return new Response(stream, {
    headers: { "Content-Type": "text/event-stream", "Cache-Control": "no-cache, no-transform", Connection: "keep-alive" },
  });
}
