import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { getDeliveryHealth } from "@/lib/reveals/delivery-health";
import { reconcileDue } from "@/lib/reveals/reconcile";
import { getConnectionStatus } from "@/lib/settings/connection";
import { setSetting } from "@/lib/settings/settings";
import { isSettled, postJson, sandboxRequestOf } from "../support/inspect";
import { revealNow } from "../support/reveal-flow";
import { startTestApp, waitFor, type TestApp } from "../support/test-app";

let app: TestApp;

beforeEach(async () => {
  app = await startTestApp();
  setSetting(app.db, "reconcileAfterSeconds", 0);
});
afterEach(async () => {
  await app.close();
});

/** Reveals people whose webhook never comes, answered by polling the track endpoint once the sandbox has finished. */
async function answerByTrack(slugs: string[]): Promise<void> {
  const { revealIds } = app.createBatchFor(app.createUser("sdr"), slugs.map((slug) => `https://www.linkedin.com/in/${slug}-sandbox-no-webhook/`));
  await app.dispatchAll();
  const finished = Math.max(...revealIds.map((id) => sandboxRequestOf(app.db, id).completeAt.getTime()));
  await waitFor(() => Date.now() > finished, 3_000, "the sandbox to finish");
  await waitFor(async () => {
    await reconcileDue(app.db, { client: app.client, now: () => Date.now() + 60_000 });
    return revealIds.every((id) => isSettled(app.db, id));
  }, 5_000, "the track answers");
}

describe("how Clodura's answers reached the app", () => {
  it("starts empty, then counts answers by webhook and remembers the last one", async () => {
    expect(getDeliveryHealth(app.db)).toEqual({
      lastDay: { byWebhook: 0, byTrack: 0, inFirstAnswer: 0, webhooksArrived: 0, webhooksRefused: 0 },
      lastWebhookAt: null,
      webhooksMissing: false,
      trackAnswersInARow: { count: 0, orMore: false },
    });
    const { revealIds } = app.createBatchFor(app.createUser("sdr"), ["https://www.linkedin.com/in/health-by-webhook/", "https://www.linkedin.com/in/health-by-webhook-2/"]);
    const before = Date.now();
    await revealNow(app, revealIds);
    const health = getDeliveryHealth(app.db);
    expect(health.lastDay).toEqual({ byWebhook: 2, byTrack: 0, inFirstAnswer: 0, webhooksArrived: 2, webhooksRefused: 0 });
    expect(health.lastWebhookAt!.getTime()).toBeGreaterThanOrEqual(before);
    expect(health.webhooksMissing).toBe(false);

    // A day on, nothing counts in the last 24 hours, but the last webhook is still known.
    const dayLater = getDeliveryHealth(app.db, new Date(Date.now() + 25 * 60 * 60 * 1000));
    expect(dayLater.lastDay.byWebhook).toBe(0);
    expect(dayLater.lastWebhookAt).toEqual(health.lastWebhookAt);
  });

  it("says webhooks are missing once three answers in a row came by track, and not after a webhook arrives", async () => {
    await answerByTrack(["health-track-a", "health-track-b"]);
    expect(getDeliveryHealth(app.db)).toMatchObject({ lastDay: { byTrack: 2, webhooksArrived: 0 }, webhooksMissing: false });
    await answerByTrack(["health-track-c"]);
    expect(getDeliveryHealth(app.db)).toMatchObject({ lastDay: { byTrack: 3, byWebhook: 0 }, lastWebhookAt: null, webhooksMissing: true, trackAnswersInARow: { count: 3, orMore: false } });

    // A webhook that arrives, even refused, proves the public URL is reachable.
    const { revealIds } = app.createBatchFor(app.createUser("sdr"), ["https://www.linkedin.com/in/health-refused-sandbox-no-webhook/"]);
    await app.dispatchAll();
    const response = await postJson(sandboxRequestOf(app.db, revealIds[0]!).webhookUrl!, "{not json");
    expect(response.status).toBe(400);
    expect(getDeliveryHealth(app.db)).toMatchObject({ lastDay: { byTrack: 3, webhooksArrived: 1, webhooksRefused: 1 }, webhooksMissing: false });
  });

  it("says so too when webhooks stop part-way through the day, naming the last one", async () => {
    const { revealIds } = app.createBatchFor(app.createUser("sdr"), ["https://www.linkedin.com/in/health-morning/"]);
    await revealNow(app, revealIds);
    const morning = getDeliveryHealth(app.db).lastWebhookAt!;
    await answerByTrack(["health-noon-a", "health-noon-b", "health-noon-c"]);
    const health = getDeliveryHealth(app.db);
    expect(health).toMatchObject({ lastDay: { byWebhook: 1, byTrack: 3 }, webhooksMissing: true, trackAnswersInARow: { count: 3 } });
    expect(health.lastWebhookAt).toEqual(morning);
  });
});

describe("the connection an admin reads in Settings", () => {
  it("names the live address and the webhook address without a token, and never the key", () => {
    const live = getConnectionStatus(app.db, new Date(), { sandboxMode: false, cloduraBaseUrl: "https://api.clodura.ai", publicUrl: "https://desk.example.com" });
    expect(live).toMatchObject({ cloduraAddress: "https://api.clodura.ai", webhookAddress: "https://desk.example.com/api/webhooks/clodura/", webhookWaitSeconds: 0 });
    expect(Object.keys(live).filter((key) => /key|token/i.test(key))).toEqual([]);
    const sandbox = getConnectionStatus(app.db, new Date(), { sandboxMode: true, cloduraBaseUrl: "http://127.0.0.1:3000/sandbox", publicUrl: "http://localhost:3000" });
    expect(sandbox.cloduraAddress).toBeNull();
  });
});
