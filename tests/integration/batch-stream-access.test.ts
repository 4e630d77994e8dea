import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { changeMember } from "@/lib/auth/team";
import { batchStreamAccess } from "@/lib/events/batch-stream-access";
import { streamBatchEvents } from "@/lib/events/stream-batch-events";
import { startTestApp, type TestApp } from "../support/test-app";

let app: TestApp;

beforeEach(async () => {
  app = await startTestApp();
});
afterEach(async () => {
  await app.close();
});

/** Reads a stream until it ends (true) or `ms` pass with it still open (false). */
async function endsWithin(body: ReadableStream<Uint8Array>, ms: number): Promise<boolean> {
  const reader = body.getReader();
  const deadline = Date.now() + ms;
  for (;;) {
    const left = deadline - Date.now();
    if (left <= 0) {
      await reader.cancel();
      return false;
    }
    const next = await Promise.race([reader.read(), new Promise<"waiting">((resolve) => setTimeout(() => resolve("waiting"), left))]);
    if (next !== "waiting" && next.done) return true;
  }
}

describe("a batch's live stream", () => {
  it("ends at the next heartbeat once its viewer is disabled, and not before", async () => {
    const [admin, sdr] = [app.createUser("admin"), app.createUser("sdr")];
    const { batchId } = app.createBatchFor(sdr, ["https://www.linkedin.com/in/stream-watcher/"]);
    const open = () => streamBatchEvents(batchId, new AbortController().signal, { stillAllowed: batchStreamAccess(app.db, batchId, sdr), heartbeatMs: 50 }).body!;

    expect(await endsWithin(open(), 300)).toBe(false);
    const watching = open();
    await changeMember(app.db, admin, sdr.id, { disabled: true });
    expect(await endsWithin(watching, 1_000)).toBe(true);
  });

  it("ends once the viewer may no longer see the batch (a manager demoted to SDR watching a teammate's batch)", async () => {
    const [admin, manager, sdr] = [app.createUser("admin"), app.createUser("manager"), app.createUser("sdr")];
    const { batchId } = app.createBatchFor(sdr, ["https://www.linkedin.com/in/stream-demoted/"]);
    const watching = streamBatchEvents(batchId, new AbortController().signal, { stillAllowed: batchStreamAccess(app.db, batchId, manager), heartbeatMs: 50 }).body!;
    await changeMember(app.db, admin, manager.id, { role: "sdr" });
    expect(await endsWithin(watching, 1_000)).toBe(true);
  });
});
