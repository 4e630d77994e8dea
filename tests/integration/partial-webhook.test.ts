import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { eventsOf, multiPayload, postJson, providerRowsOf, revealRow, sandboxRequestOf } from "../support/inspect";
import { chargesOf } from "../support/reveal-flow";
import { startTestApp, type TestApp } from "../support/test-app";

let app: TestApp;

beforeEach(async () => {
  app = await startTestApp();
});
afterEach(async () => {
  await app.close();
});

/** One reveal sent, whose sandbox webhook never comes: the test posts Clodura's webhooks itself. */
async function sentOne(slug: string) {
  const revealId = app.createBatchFor(app.createUser("sdr"), [`https://www.linkedin.com/in/${slug}-sandbox-no-webhook/`]).revealIds[0]!;
  expect(await app.dispatchAll()).toEqual(["sent"]);
  const { trackingId, webhookUrl } = sandboxRequestOf(app.db, revealId);
  return { revealId, trackingId, webhookUrl: webhookUrl! };
}

describe("a webhook with a provider still asking", () => {
  it("is kept as pending, not refused, and the reveal waits for the final answer, which is applied and charged once", async () => {
    const { revealId, trackingId, webhookUrl } = await sentOne("ivy-partial");
    const partial = await postJson(webhookUrl, multiPayload(trackingId, { Clodura: { status: "notFound" }, SignalHire: { status: "pending" } }));
    expect(partial.status).toBe(200);
    expect(await partial.json()).toMatchObject({ outcome: "pending" });
    expect(eventsOf(app.db, revealId, "webhook").map((event) => event.outcome)).toEqual(["pending"]);
    expect(revealRow(app.db, revealId)).toMatchObject({ state: "awaiting", completedAt: null });

    const final = await postJson(webhookUrl, multiPayload(trackingId, { Clodura: { status: "notFound" }, SignalHire: { mobile: ["+14155550134"], status: "found" } }));
    expect(await final.json()).toMatchObject({ outcome: "applied" });
    expect(revealRow(app.db, revealId)).toMatchObject({ state: "found" });
    expect(chargesOf(app.db, revealId)).toEqual([expect.objectContaining({ provider: "SignalHire" })]);
  });

  it("is final once a provider found a number: the waterfall stopped there, and the number is charged", async () => {
    const { revealId, trackingId, webhookUrl } = await sentOne("jon-partial");
    const answer = multiPayload(trackingId, { Clodura: { status: "notFound" }, Findymail: { mobile: ["+1439-570-0805"], status: "found" }, Wiza: { status: "pending" } });
    expect(await (await postJson(webhookUrl, answer)).json()).toMatchObject({ outcome: "applied" });
    expect(revealRow(app.db, revealId)).toMatchObject({ state: "found" });
    expect(chargesOf(app.db, revealId)).toEqual([expect.objectContaining({ provider: "Findymail" })]);
    expect(providerRowsOf(app.db, revealId).map((row) => [row.provider, row.status])).toEqual([
      ["Clodura", "notFound"],
      ["Findymail", "found"],
      ["Wiza", "pending"],
    ]);
  });
});
