import { randomBytes } from "node:crypto";
import { deflateRawSync, deflateSync, gzipSync } from "node:zlib";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { MAX_DELIVERIES_PER_REVEAL, receiveWebhook, WEBHOOK_BODY_LIMIT } from "@/lib/reveals/receive-webhook";
import { eq } from "drizzle-orm";
import { contacts, reveals, webhookTokens } from "@/db/schema";
import { hashWebhookToken } from "@/lib/reveals/webhook-token";
import { contactOf, countEvents, eventsOf, multiPayload, postJson, providerRowsOf, revealRow, sandboxRequestOf } from "../support/inspect";
import { startTestApp, type TestApp } from "../support/test-app";

let app: TestApp;
let revealId: string;
let webhookUrl: string;

/** Every case starts from one reveal awaiting a webhook that the sandbox will never send. */
beforeEach(async () => {
  app = await startTestApp();
  const { revealIds } = app.createBatchFor(app.createUser("sdr"), ["https://www.linkedin.com/in/forged-sandbox-no-webhook/"]);
  expect(await app.dispatchAll()).toEqual(["sent"]);
  revealId = revealIds[0]!;
  webhookUrl = sandboxRequestOf(app.db, revealId).webhookUrl!;
});
afterEach(async () => {
  await app.close();
});

const result = multiPayload(null, { Clodura: { status: "found", mobile: ["+1 415-555-0142"] } });

async function expectError(response: Response, status: number, code: string): Promise<void> {
  expect(response.status).toBe(status);
  expect(await response.json()).toEqual({ error: { code, message: expect.any(String) } });
}

describe("webhooks that do not come from Clodura", () => {
  it("answers 404 to unknown or malformed tokens and writes nothing", async () => {
    const before = countEvents(app.db);
    const tokens = [randomBytes(32).toString("base64url"), "short", "not a token at all!", "x".repeat(200)];
    for (const token of tokens) {
      await expectError(await postJson(`${app.url}/api/webhooks/clodura/${encodeURIComponent(token)}`, result), 404, "not_found");
    }
    expect(countEvents(app.db)).toBe(before);
    expect(revealRow(app.db, revealId).state).toBe("awaiting");
  });

  it("refuses a body over 64 KB with 413, whether or not its length is declared", async () => {
    const huge = JSON.stringify({ ...result, padding: "x".repeat(WEBHOOK_BODY_LIMIT) });
    await expectError(await postJson(webhookUrl, huge), 413, "payload_too_large");

    const encoded = new TextEncoder().encode(huge);
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        for (let at = 0; at < encoded.length; at += 8192) controller.enqueue(encoded.slice(at, at + 8192));
        controller.close();
      },
    });
    const chunked = await fetch(webhookUrl, { method: "POST", headers: { "content-type": "application/json" }, body: stream, duplex: "half" } as RequestInit);
    await expectError(chunked, 413, "payload_too_large");

    expect(eventsOf(app.db, revealId, "webhook")).toEqual([]);
    expect(revealRow(app.db, revealId).state).toBe("awaiting");
  });

  it("keeps malformed JSON, answers 400 and marks it rejected", async () => {
    const body = '{"people": [ {"personId": "1", ';
    await expectError(await postJson(webhookUrl, body), 400, "bad_request");
    expect(eventsOf(app.db, revealId, "webhook")).toEqual([expect.objectContaining({ body, outcome: "rejected", detail: "malformed JSON" })]);
    expect(revealRow(app.db, revealId).state).toBe("awaiting");
  });

  it("keeps a body as it came, whatever its Content-Encoding says, so nothing is lost to a header", async () => {
    const body = "\u0000 not gzip, not JSON";
    const response = await fetch(webhookUrl, { method: "POST", headers: { "Content-Type": "application/json", "Content-Encoding": "gzip" }, body });
    await expectError(response, 400, "bad_request");
    expect(eventsOf(app.db, revealId, "webhook")).toEqual([expect.objectContaining({ body, outcome: "rejected", detail: "malformed JSON" })]);
  });

  it("inflates a gzip- or deflate-compressed result and applies it, keeping the encoding it came with", async () => {
    const response = await fetch(webhookUrl, { method: "POST", headers: { "Content-Type": "application/json", "Content-Encoding": "gzip" }, body: gzipSync(JSON.stringify(result)) });
    expect(response.status).toBe(200);
    expect(eventsOf(app.db, revealId, "webhook")).toEqual([
      expect.objectContaining({ body: JSON.stringify(result), outcome: "applied", headers: expect.objectContaining({ "content-encoding": "gzip" }) }),
    ]);
    expect(revealRow(app.db, revealId).state).toBe("found");
  });

  it("reads the other ways a sender labels compression: x-gzip, a list with identity, raw deflate", async () => {
    const body = JSON.stringify(result);
    for (const [encoding, bytes] of [["x-gzip", gzipSync(body)], ["gzip, identity", gzipSync(body)], ["deflate", deflateRawSync(body)]] as const) {
      const response = await fetch(webhookUrl, { method: "POST", headers: { "Content-Type": "application/json", "Content-Encoding": encoding }, body: bytes });
      expect(response.status, encoding).toBe(200);
    }
    expect(eventsOf(app.db, revealId, "webhook").map((event) => [event.body, event.outcome])).toEqual([
      [body, "applied"],
      [body, "duplicate"],
      [body, "duplicate"],
    ]);
  });

  it("stores a delivered body without the webhook token it echoes", async () => {
    const token = webhookUrl.split("/").at(-1)!;
    const echoed = { ...result, webhookUrl };
    expect((await postJson(webhookUrl, echoed)).status).toBe(200);
    const [stored] = eventsOf(app.db, revealId, "webhook");
    expect(stored!.body).not.toContain(token);
    expect(stored!.body).toContain("/api/webhooks/clodura/[redacted]");
    expect(revealRow(app.db, revealId).state).toBe("found");
  });

  it("stores a delivered body without the API key it echoes", async () => {
    const apiKey = "clodura-live-key-0123456789";
    const token = webhookUrl.split("/").at(-1)!;
    const echoed = JSON.stringify({ ...result, debug: `x-api-key: ${apiKey}` });
    const request = new Request(webhookUrl, { method: "POST", headers: { "Content-Type": "application/json" }, body: echoed });
    expect(await receiveWebhook(app.db, token, request, apiKey)).toMatchObject({ status: 200, outcome: "applied" });
    const [stored] = eventsOf(app.db, revealId, "webhook");
    expect(stored!.body).not.toContain(apiKey);
    expect(stored!.body).toContain("x-api-key: [redacted]");
  });

  it("keeps compressed bytes that will not inflate in base64 rather than as mangled text, and refuses a body that inflates past 64 KB", async () => {
    const damaged = gzipSync(JSON.stringify(result)).subarray(0, 30);
    await expectError(await fetch(webhookUrl, { method: "POST", headers: { "Content-Type": "application/json", "Content-Encoding": "gzip" }, body: damaged }), 400, "bad_request");
    expect(eventsOf(app.db, revealId, "webhook")).toEqual([expect.objectContaining({ body: `base64:${Buffer.from(damaged).toString("base64")}`, outcome: "rejected" })]);
    const bomb = deflateSync(JSON.stringify({ ...result, padding: "x".repeat(WEBHOOK_BODY_LIMIT) }));
    await expectError(await fetch(webhookUrl, { method: "POST", headers: { "Content-Type": "application/json", "Content-Encoding": "deflate" }, body: bomb }), 413, "payload_too_large");
    expect(revealRow(app.db, revealId).state).toBe("awaiting");
  });

  it("keeps valid JSON that is not a result, answers 400 and marks it rejected; one that says it is still processing is kept as pending", async () => {
    for (const body of ['{"hello":"world"}', "[]", "42"]) {
      await expectError(await postJson(webhookUrl, body), 400, "bad_request");
    }
    // Clodura saying it is still working is no forgery to refuse: it is kept, and nothing is applied.
    const processing = await postJson(webhookUrl, '{"trackingId":"abc","status":"processing"}');
    expect(processing.status).toBe(200);
    const events = eventsOf(app.db, revealId, "webhook");
    expect(events.map((event) => [event.body, event.outcome, event.detail])).toEqual([
      ...['{"hello":"world"}', "[]", "42"].map((body) => [body, "rejected", "not a recognised Clodura result"]),
      ['{"trackingId":"abc","status":"processing"}', "pending", null],
    ]);
    expect(revealRow(app.db, revealId).state).toBe("awaiting");
  });

  it("stores at most 20 deliveries per reveal: a token that keeps posting cannot fill the disk", async () => {
    for (let i = 0; i < MAX_DELIVERIES_PER_REVEAL; i += 1) expect((await postJson(webhookUrl, { junk: i })).status).toBe(400);
    await expectError(await postJson(webhookUrl, result), 409, "conflict");
    expect(eventsOf(app.db, revealId, "webhook")).toHaveLength(MAX_DELIVERIES_PER_REVEAL);
    expect(revealRow(app.db, revealId).state).toBe("awaiting");
  });

  it("refuses with 409 a result that names another request's trackingId: nothing charged, the person untouched, the body kept", async () => {
    const own = revealRow(app.db, revealId).trackingId!;
    const foreign = multiPayload("f".repeat(own.length), { Findymail: { status: "found", mobile: ["+1 415-555-0199"] } }, { personId: "1111111111111111111", firstName: "Someone", lastName: "Else" });
    await expectError(await postJson(webhookUrl, foreign), 409, "conflict");
    expect(revealRow(app.db, revealId).state).toBe("awaiting");
    expect(providerRowsOf(app.db, revealId)).toEqual([]);
    expect(contactOf(app.db, revealId)).toMatchObject({ personId: null, firstName: null, lastName: null });
    expect(eventsOf(app.db, revealId, "webhook").map((event) => [event.outcome, event.detail])).toEqual([["rejected", "trackingId of another request"]]);

    const genuine = await postJson(webhookUrl, multiPayload(own, { Clodura: { status: "found", mobile: ["+1 415-555-0142"] } }));
    expect(genuine.status).toBe(200);
    expect(revealRow(app.db, revealId).state).toBe("found");
  });

  it("still applies a late answer to an earlier request of the same reveal, through that request's own URL", async () => {
    // A retried reveal: a second request went out under a new URL and got another trackingId.
    const first = revealRow(app.db, revealId).trackingId!;
    const second = { token: randomBytes(32).toString("base64url"), trackingId: "b".repeat(first.length) };
    app.db.insert(webhookTokens).values({ tokenHash: hashWebhookToken(second.token), revealId, trackingId: second.trackingId }).run();
    app.db.update(reveals).set({ trackingId: second.trackingId }).where(eq(reveals.id, revealId)).run();
    // The first request's answer through the second request's URL names the wrong request...
    await expectError(await postJson(`${app.url}/api/webhooks/clodura/${second.token}`, multiPayload(first, { Clodura: { status: "found", mobile: ["+1 415-555-0142"] } })), 409, "conflict");
    // ...through its own URL it is this reveal's answer (Clodura charged for it), and is applied.
    const response = await postJson(webhookUrl, multiPayload(first, { Clodura: { status: "found", mobile: ["+1 415-555-0142"] } }));
    expect(response.status).toBe(200);
    expect(revealRow(app.db, revealId).state).toBe("found");
  });

  it("never replaces a personId the person already has, nor their name with it", async () => {
    const contact = contactOf(app.db, revealId)!;
    app.db.update(contacts).set({ personId: "1111111111111111111", firstName: "Ana" }).where(eq(contacts.id, contact.id)).run();
    const response = await postJson(webhookUrl, multiPayload(null, { Clodura: { status: "found", mobile: ["+1 415-555-0142"] } }, { personId: "2222222222222222222", firstName: "Other" }));
    expect(response.status).toBe(200);
    expect(revealRow(app.db, revealId).state).toBe("found");
    expect(contactOf(app.db, revealId)).toMatchObject({ personId: "1111111111111111111", firstName: "Ana" });
  });

  it("still accepts the genuine result after forged attempts", async () => {
    await postJson(webhookUrl, "not json");
    const response = await postJson(webhookUrl, result);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ outcome: "applied", message: "Result applied." });
    expect(revealRow(app.db, revealId).state).toBe("found");
    expect(eventsOf(app.db, revealId, "webhook").map((event) => event.outcome)).toEqual(["rejected", "applied"]);
  });
});
