import { eq, sql } from "drizzle-orm";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { batches, reveals } from "@/db/schema";
import { ONE_TRANSACTION_UP_TO } from "@/lib/reveals/create-big-batch";
import { retryFailed } from "@/lib/reveals/retry-failed";
import { profileUrls } from "../support/reveal-flow";
import { startTestApp, type TestApp } from "../support/test-app";

let app: TestApp;

beforeEach(async () => {
  app = await startTestApp();
});
afterEach(async () => {
  await app.close();
});

describe("sending a big list's failures again from two tabs at once", () => {
  it("makes one new list: the second press is refused while the first is written", async () => {
    const sam = app.createUser("sdr");
    const { batchId } = app.createBatchFor(sam, profileUrls("twice-at-once", ONE_TRANSACTION_UP_TO + 1));
    // Clodura kept failing every one of them.
    app.db.update(reveals).set({ state: "failed", errorCode: "retries_exhausted", attempts: 8 }).where(eq(reveals.batchId, batchId)).run();

    const presses = await Promise.allSettled([retryFailed(app.db, batchId, sam), retryFailed(app.db, batchId, sam)]);
    expect(presses.map((press) => press.status).sort()).toEqual(["fulfilled", "rejected"]);
    expect(presses.find((press) => press.status === "rejected")).toMatchObject({ reason: { code: "conflict", message: "This list is already being sent again." } });
    const lists = app.db.select({ n: sql<number>`count(*)` }).from(batches).get()!.n;
    expect(lists).toBe(2);
  });
});
