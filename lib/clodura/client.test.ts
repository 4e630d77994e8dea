import { createServer, type IncomingHttpHeaders, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createCloduraClient, type CloduraClient } from "./client";
import { parseRevealResult } from "./parse-result";

const API_KEY = "test-key-5f2c9a71d3";
type Received = { method: string; url: string; headers: IncomingHttpHeaders; body: string };
type Reply = (res: ServerResponse, req: Received) => void;

let server: Server;
let baseUrl: string;
let received: Received[] = [];
let reply: Reply = sendJson(200, {});

function sendJson(status: number, body: unknown, headers: Record<string, string> = {}): Reply {
  return (res) => {
    res.writeHead(status, { "content-type": "application/json", ...headers }).end(typeof body === "string" ? body : JSON.stringify(body));
  };
}

function createClient(options: { timeoutMs?: number; apiKey?: string } = {}): CloduraClient {
  return createCloduraClient({ baseUrl: `${baseUrl}/`, apiKey: options.apiKey ?? API_KEY, timeoutMs: options.timeoutMs ?? 2000 });
}

beforeAll(async () => {
  server = createServer((req, res) => {
    let body = "";
    req.setEncoding("utf8").on("data", (chunk: string) => (body += chunk));
    req.on("end", () => {
      const request = { method: req.method ?? "", url: req.url ?? "", headers: req.headers, body };
      received.push(request);
      reply(res, request);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

beforeEach(() => {
  received = [];
});

const matchInput = { personId: "2751275603503088159", linkedinUrl: null, revealPhoneNumberViaPartners: true, webhookUrl: "https://desk.example/api/webhooks/clodura/tok123" };

describe("matchPhone", () => {
  it("POSTs the documented body with the key, Accept, Content-Type and User-Agent headers", async () => {
    reply = sendJson(200, { trackingId: "688a0c47e21f6bc2b089ee19", status: "Callback will be triggered once processing is complete.", extra: 1 });
    const response = await createClient().matchPhone(matchInput);

    expect(response).toMatchObject({ ok: true, status: 200, body: { trackingId: "688a0c47e21f6bc2b089ee19", extra: 1 } });
    const [request] = received;
    expect(request).toMatchObject({ method: "POST", url: "/api/v1/search/people/phone/match" });
    expect(request!.headers).toMatchObject({
      "x-api-key": API_KEY,
      "content-type": "application/json",
      accept: "application/json",
      "user-agent": "RevealDesk/0.1 (+https://github.com/reveal-desk)",
    });
    expect(JSON.parse(request!.body)).toEqual({ personId: "2751275603503088159", revealPhoneNumberViaPartners: true, webhookUrl: matchInput.webhookUrl });
    expect(request!.url + request!.body).not.toContain(API_KEY);
  });

  it("sends linkedinUrl and omits a null personId", async () => {
    reply = sendJson(200, { trackingId: "t1", status: "queued" });
    await createClient().matchPhone({ ...matchInput, personId: null, linkedinUrl: "https://www.linkedin.com/in/kapilkhangaonkar/", revealPhoneNumberViaPartners: false });
    expect(JSON.parse(received[0]!.body)).toEqual({ linkedinUrl: "https://www.linkedin.com/in/kapilkhangaonkar/", revealPhoneNumberViaPartners: false, webhookUrl: matchInput.webhookUrl });
  });

  it("refuses to send without a person, or via partners without a webhook URL", async () => {
    const noPerson = await createClient().matchPhone({ ...matchInput, personId: null, linkedinUrl: " " });
    const noWebhook = await createClient().matchPhone({ ...matchInput, webhookUrl: "" });
    expect(noPerson).toMatchObject({ ok: false, failure: { kind: "invalid", status: 400 }, rawBody: null });
    expect(noWebhook).toMatchObject({ ok: false, failure: { kind: "invalid", status: 400 } });
    expect(received).toHaveLength(0);
  });

  it("keeps an immediate result that has no trackingId", async () => {
    reply = sendJson(200, '{"personId": 2751275603503088159, "phoneNumbers": [{"raw_number": "+11099773515", "type": "mobile"}]}');
    const response = await createClient().matchPhone(matchInput);
    expect(response.ok).toBe(true);
    expect(response.ok && parseRevealResult(response.body)?.personId).toBe("2751275603503088159");
  });

  it("retries a 429 after Retry-After", async () => {
    reply = sendJson(429, { message: "Too many requests" }, { "retry-after": "12" });
    const response = await createClient().matchPhone(matchInput);
    expect(response).toMatchObject({ ok: false, failure: { kind: "retry", status: 429, retryAfterMs: 12_000 }, rawBody: '{"message":"Too many requests"}' });
  });

  it("turns a timeout into a retry with status null", async () => {
    // The answer would come after a second, and be a success: only the timeout can make this a retry.
    reply = (res) => setTimeout(() => res.writeHead(200).end("{}"), 1000);
    const response = await createClient({ timeoutMs: 100 }).matchPhone(matchInput);
    expect(response).toMatchObject({ ok: false, failure: { kind: "retry", status: null, retryAfterMs: null }, rawBody: null });
  });

  it("retries a 200 Cloudflare HTML page, and takes any other 2xx as accepted, with or without a trackingId", async () => {
    reply = (res) => res.writeHead(200, { "content-type": "text/html" }).end("<!DOCTYPE html><title>Just a moment...</title>");
    expect(await createClient().matchPhone(matchInput)).toMatchObject({ ok: false, failure: { kind: "retry", status: 200 } });
    // Clodura took these requests and will call the webhook: failing them would throw its answer away.
    reply = sendJson(200, { status: "ok" });
    expect(await createClient().matchPhone(matchInput)).toEqual({ ok: true, status: 200, body: { status: "ok" }, rawBody: '{"status":"ok"}' });
    reply = (res) => res.writeHead(202, { "content-type": "text/plain" }).end("Callback will be triggered");
    expect(await createClient().matchPhone(matchInput)).toEqual({ ok: true, status: 202, body: { trackingId: undefined }, rawBody: "Callback will be triggered" });
    reply = sendJson(200, { trackingId: 12345, status: ["odd"] });
    expect(await createClient().matchPhone(matchInput)).toMatchObject({ ok: true, body: { trackingId: "12345", status: undefined } });
  });

  it("never lets the API key into a failure message or raw body", async () => {
    reply = sendJson(400, { message: `Key ${API_KEY} is not valid for this field` });
    const response = await createClient().matchPhone(matchInput);
    expect(response.ok).toBe(false);
    expect(JSON.stringify(response)).not.toContain(API_KEY);
    expect(JSON.stringify(response)).toContain("[redacted]");
  });

  it("never lets a webhook token into a raw body, even with its slashes escaped as JSON may", async () => {
    const token = "tok_Secret-123";
    // JSON.stringify does not escape "/", so the escaped form is written by hand, as PHP's json_encode writes it.
    reply = (res) => res.writeHead(200, { "content-type": "application/json" }).end(`{"trackingId":"9","webhook":"https:\\/\\/desk.example\\/api\\/webhooks\\/clodura\\/${token}"}`);
    const accepted = await createClient().matchPhone(matchInput);
    reply = sendJson(422, { message: "bad", echo: { webhookUrl: `https://desk.example/api/webhooks/clodura/${token}` } });
    const refused = await createClient().matchPhone(matchInput);
    expect(accepted.rawBody).not.toContain(token);
    expect(accepted.rawBody).toContain("clodura\\/[redacted]");
    expect(refused.rawBody).not.toContain(token);
    expect(refused.rawBody).toContain("clodura/[redacted]");
  });

  it("pauses without sending when no usable key is configured", async () => {
    for (const apiKey of ["", "   ", "abc\ndef"]) {
      expect(await createClient({ apiKey }).matchPhone(matchInput)).toMatchObject({ ok: false, failure: { kind: "pause", status: 401 } });
    }
    expect(received).toHaveLength(0);
  });

  it("does not follow a redirect (the key would go along)", async () => {
    reply = (res, req) => (req.url.startsWith("/elsewhere") ? sendJson(200, { trackingId: "x" })(res, req) : res.writeHead(302, { location: `${baseUrl}/elsewhere` }).end());
    const response = await createClient().matchPhone(matchInput);
    expect(response).toMatchObject({ ok: false, failure: { kind: "retry", status: 302 } });
    expect(received.map((request) => request.url)).toEqual(["/api/v1/search/people/phone/match"]);
  });

  it("retries when nothing listens on the port", async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, "127.0.0.1", resolve));
    const { port } = closed.address() as AddressInfo;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    const client = createCloduraClient({ baseUrl: `http://127.0.0.1:${port}`, apiKey: API_KEY });
    const response = await client.matchPhone(matchInput);
    expect(response).toMatchObject({ ok: false, failure: { kind: "retry", status: null }, rawBody: null });
    expect(response.ok || response.failure.message).toContain("ECONNREFUSED");
  });
});

describe("track", () => {
  it("GETs the encoded tracking id and keeps a big bare personId exact", async () => {
    reply = sendJson(200, '{"status":"success","people":[{"personId":3602687943191298570,"phoneNumbers":{"Wiza":{"status":"found","mobile":["+11099773515"]}}}]}');
    const response = await createClient().track("69c25b41/78 de");
    expect(received[0]).toMatchObject({ method: "GET", url: "/api/v1/search/people/track/69c25b41%2F78%20de" });
    expect(received[0]!.headers["x-api-key"]).toBe(API_KEY);
    expect(response.ok && parseRevealResult(response.body)?.personId).toBe("3602687943191298570");
  });

  it("passes a pending body through for the caller to judge", async () => {
    reply = sendJson(200, { status: "pending" });
    const response = await createClient().track("t1");
    expect(response).toMatchObject({ ok: true, status: 200, body: { status: "pending" } });
    expect(response.ok && parseRevealResult(response.body)).toBeNull();
  });

  it("treats an empty 2xx as pending, keeping the raw body", async () => {
    reply = (res) => res.writeHead(202).end();
    expect(await createClient().track("t1")).toEqual({ ok: true, status: 202, body: null, rawBody: "" });
  });

  it("maps 404 to not_found", async () => {
    reply = sendJson(404, { message: "Not found" });
    expect(await createClient().track("t1")).toMatchObject({ ok: false, failure: { kind: "not_found", status: 404 } });
  });
});

describe("credits", () => {
  it("reads the Prospect counters, maxContacts as a string", async () => {
    reply = sendJson(200, { contactsView: 142, maxContacts: "1000", directDials: 38, maxDirectDials: 200 });
    const response = await createClient().credits();
    expect(received[0]).toMatchObject({ method: "GET", url: "/api/v1/credits" });
    expect(response).toMatchObject({ ok: true, body: { kind: "prospect", contactsView: 142, maxContacts: 1000, directDials: 38, maxDirectDials: 200 } });
  });

  it("reads a single pool of remaining credits", async () => {
    reply = sendJson(200, { remainingCredits: 480 });
    expect(await createClient().credits()).toMatchObject({ ok: true, body: { kind: "pool", remainingCredits: 480 } });
  });

  it("explains a 404 as a plan without a balance endpoint", async () => {
    reply = sendJson(404, "");
    const response = await createClient().credits();
    expect(response).toMatchObject({ ok: false, failure: { kind: "not_found", status: 404 } });
    expect(response.ok || response.failure.message).toContain("no balance endpoint");
  });
});
