import { eq } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { sandboxRequests } from "@/db/schema";
import { refillSandbox } from "@/lib/reveals/queue-pause";
import { getSetting, setSetting } from "@/lib/settings/settings";
import { handleSandboxMatch } from "./handle-match";
import { resetSandboxMemory } from "./sandbox-memory";
import { serveSandbox, type SandboxServer } from "./serve-sandbox";
import { findProfileUrl, openSandboxTestDb, postMatch, type MatchBody } from "./test-support";

const db = openSandboxTestDb();
const webhookUrl = "http://127.0.0.1:9/api/webhooks/clodura/secret-token";
let sandbox: SandboxServer;
let unique = 0;
const profile = (keyword: string): string => `https://www.linkedin.com/in/jane-doe-${keyword}-${(unique += 1)}/`;

/** POSTs a match the sandbox must accept, and returns what it stored for it. */
async function acceptedRequest(body: MatchBody) {
  const response = await postMatch(sandbox.url, body);
  expect(response.status).toBe(200);
  const { trackingId } = (await response.json()) as { trackingId: string };
  const row = db.select().from(sandboxRequests).where(eq(sandboxRequests.trackingId, trackingId)).get();
  if (!row) throw new Error(`no stored request ${trackingId}`);
  return row;
}

const personIdIn = (payload: unknown): string => (payload as { people: [{ personId: string }] }).people[0].personId;
const withoutTrackingId = (payload: unknown) => ({ ...(payload as object), trackingId: null });

beforeAll(async () => {
  sandbox = await serveSandbox(db, { courierIntervalMs: null });
});
afterAll(async () => {
  await sandbox.close();
});
beforeEach(() => {
  resetSandboxMemory();
  setSetting(db, "plan", "max");
  setSetting(db, "sandboxBalance", 5_000);
  setSetting(db, "sandboxAccountEmpty", false);
});

describe("POST /api/v1/search/people/phone/match", () => {
  it("accepts a request, stores it and answers with a 24-hex trackingId", async () => {
    const linkedinUrl = profile("accepted");
    const response = await postMatch(sandbox.url, { linkedinUrl: `${linkedinUrl}?trk=x`, revealPhoneNumberViaPartners: true, webhookUrl });
    expect(response.status).toBe(200);
    const body = (await response.json()) as { trackingId: string; status: string };
    expect(body).toEqual({ trackingId: expect.stringMatching(/^[0-9a-f]{24}$/), status: "Callback will be triggered once processing is complete." });
    const row = db.select().from(sandboxRequests).where(eq(sandboxRequests.trackingId, body.trackingId)).get();
    expect(row).toMatchObject({ personKey: linkedinUrl.replace(/\/$/, ""), webhookUrl, deliveredCount: 0 });
    expect(row?.payload).toMatchObject({ trackingId: body.trackingId, status: "success" });
    expect(row?.deliveryDelaysMs).toHaveLength(1);
  });

  it("rejects missing keys, bad JSON and missing fields the way Clodura does", async () => {
    const cases: Array<[Response, number, string]> = [
      [await postMatch(sandbox.url, { linkedinUrl: profile("nokey") }, null), 401, "API key missing or invalid"],
      [await postMatch(sandbox.url, "{not json"), 400, "Request body must be valid JSON"],
      [await postMatch(sandbox.url, {}), 400, "personId or linkedinUrl is required"],
      [await postMatch(sandbox.url, JSON.stringify({ personId: 2751275603503088000 })), 400, "personId must be a string of digits"],
      [await postMatch(sandbox.url, { linkedinUrl: profile("nohook"), revealPhoneNumberViaPartners: true }), 400, "webhookUrl is required when revealPhoneNumberViaPartners is true"],
      [await postMatch(sandbox.url, { linkedinUrl: "https://www.linkedin.com/sales/lead/ACwAAA" }), 422, "linkedinUrl could not be processed"],
      [await postMatch(sandbox.url, { linkedinUrl: profile("huge"), note: "x".repeat(20_000) } as never), 413, "Request body too large"],
    ];
    for (const [response, status, message] of cases) {
      expect(response.status).toBe(status);
      expect(await response.json()).toEqual({ message });
    }
  });

  it("accepts a personId alone and keys it as pid:<id>", async () => {
    const response = await postMatch(sandbox.url, { personId: "2751275603503088159" });
    const { trackingId } = (await response.json()) as { trackingId: string };
    const row = db.select().from(sandboxRequests).where(eq(sandboxRequests.trackingId, trackingId)).get();
    expect(row).toMatchObject({ personKey: "pid:2751275603503088159", webhookUrl: null, deliveryDelaysMs: [] });
    expect(row?.payload).toMatchObject({ people: [{ personId: "2751275603503088159", firstName: "Sample", lastName: "Person" }] });
  });

  it("charges 10–20 credits for a found number on Multi plans and 2 on Prospect plans, nothing otherwise", async () => {
    const found = findProfileUrl({ found: true, viaPartners: true });
    await postMatch(sandbox.url, { linkedinUrl: found, revealPhoneNumberViaPartners: true, webhookUrl });
    const afterMulti = getSetting(db, "sandboxBalance");
    expect(5_000 - afterMulti).toBeGreaterThanOrEqual(10);
    expect(5_000 - afterMulti).toBeLessThanOrEqual(20);
    setSetting(db, "plan", "prospect");
    await postMatch(sandbox.url, { linkedinUrl: found, revealPhoneNumberViaPartners: true, webhookUrl });
    expect(getSetting(db, "sandboxBalance")).toBe(afterMulti - 2);
    await postMatch(sandbox.url, { linkedinUrl: findProfileUrl({ found: false, viaPartners: true }), revealPhoneNumberViaPartners: true, webhookUrl });
    expect(getSetting(db, "sandboxBalance")).toBe(afterMulti - 2);
  });

  it("answers 402 when the balance cannot pay for a found number", async () => {
    setSetting(db, "sandboxBalance", 5);
    const found = await postMatch(sandbox.url, { linkedinUrl: findProfileUrl({ found: true, viaPartners: false }) });
    expect(found.status).toBe(402);
    expect(await found.json()).toEqual({ message: "Credits exhausted" });
    expect((await postMatch(sandbox.url, { linkedinUrl: findProfileUrl({ found: false, viaPartners: false }) })).status).toBe(200);
    expect(getSetting(db, "sandboxBalance")).toBe(5);
  });

  it("sandbox-402 empties the account: every later request gets 402 until an admin resumes, then the same person succeeds", async () => {
    const drainer = profile("sandbox-402");
    const first = await postMatch(sandbox.url, { linkedinUrl: drainer });
    expect(first.status).toBe(402);
    expect(await first.json()).toEqual({ message: "Credits exhausted" });
    // The balance is left as it was: emptied by no charge, it would read as credits spent outside the app.
    expect(getSetting(db, "sandboxBalance")).toBe(5_000);
    expect(getSetting(db, "sandboxAccountEmpty")).toBe(true);
    expect((await postMatch(sandbox.url, { linkedinUrl: profile("ordinary") })).status).toBe(402);
    expect((await postMatch(sandbox.url, { linkedinUrl: drainer })).status).toBe(402);
    refillSandbox(db);
    expect((await postMatch(sandbox.url, { linkedinUrl: profile("ordinary") })).status).toBe(200);
    expect((await postMatch(sandbox.url, { linkedinUrl: drainer })).status).toBe(200);
  });

  it("sandbox-429 fails the first two attempts with Retry-After: 1", async () => {
    const linkedinUrl = profile("sandbox-429");
    for (const attempt of [1, 2]) {
      const response = await postMatch(sandbox.url, { linkedinUrl });
      expect(response.status, `attempt ${attempt}`).toBe(429);
      expect(response.headers.get("retry-after")).toBe("1");
    }
    expect((await postMatch(sandbox.url, { linkedinUrl })).status).toBe(200);
  });

  it("sandbox-500 fails the first attempt with 503", async () => {
    const linkedinUrl = profile("sandbox-500");
    expect((await postMatch(sandbox.url, { linkedinUrl })).status).toBe(503);
    expect((await postMatch(sandbox.url, { linkedinUrl })).status).toBe(200);
  });

  it("sandbox-422 and sandbox-404 always fail", async () => {
    for (const [keyword, status, message] of [
      ["sandbox-422", 422, "linkedinUrl could not be processed"],
      ["sandbox-404", 404, "No result found"],
    ] as const) {
      const linkedinUrl = profile(keyword);
      for (let i = 0; i < 2; i += 1) {
        const response = await postMatch(sandbox.url, { linkedinUrl });
        expect(response.status).toBe(status);
        expect(await response.json()).toEqual({ message });
      }
    }
  });

  it("answers a personId it reported for a profile as that profile: same outcome, same charge, same keyword", async () => {
    for (const linkedinUrl of [findProfileUrl({ found: true, viaPartners: true, prefix: "by-id" }), profile("sandbox-insufficient-credits"), profile("sandbox-duplicate-webhook")]) {
      const before = getSetting(db, "sandboxBalance");
      const byUrl = await acceptedRequest({ linkedinUrl, revealPhoneNumberViaPartners: true, webhookUrl });
      const charged = before - getSetting(db, "sandboxBalance");
      const personId = personIdIn(byUrl.payload);
      expect(personId).toMatch(/^27\d{17}$/);
      const byId = await acceptedRequest({ personId, revealPhoneNumberViaPartners: true, webhookUrl });
      expect(byId.personKey, linkedinUrl).toBe(byUrl.personKey);
      expect(withoutTrackingId(byId.payload), linkedinUrl).toEqual(withoutTrackingId(byUrl.payload));
      expect(byId.deliveryDelaysMs, linkedinUrl).toEqual(byUrl.deliveryDelaysMs);
      expect(before - getSetting(db, "sandboxBalance"), linkedinUrl).toBe(2 * charged);
    }
  });

  it("answers a personId given beside a profile as that profile later, and reports it rather than one of its own", async () => {
    const linkedinUrl = profile("sandbox-providers-agree");
    const personId = "2751275603503088159";
    const byBoth = await acceptedRequest({ linkedinUrl, personId, revealPhoneNumberViaPartners: true, webhookUrl });
    expect(personIdIn(byBoth.payload)).toBe(personId);
    const byId = await acceptedRequest({ personId, revealPhoneNumberViaPartners: true, webhookUrl });
    expect(byId.personKey).toBe(byBoth.personKey);
    expect(withoutTrackingId(byId.payload)).toEqual(withoutTrackingId(byBoth.payload));
  });

  it("keys a personId it never reported by that personId, as before", async () => {
    const stranger = await acceptedRequest({ personId: "2799999999999999999" });
    expect(stranger.personKey).toBe("pid:2799999999999999999");
    expect(stranger.payload).toMatchObject({ people: [{ personId: "2799999999999999999", firstName: "Sample", lastName: "Person" }] });
  });

  it("remembers the personIds it reported across a restart: a keyword's first-attempt failure follows the person", async () => {
    const linkedinUrl = profile("sandbox-500");
    expect((await postMatch(sandbox.url, { linkedinUrl })).status).toBe(503);
    const byUrl = await acceptedRequest({ linkedinUrl });
    resetSandboxMemory(); // a restart: attempt counts are forgotten, the reported personIds are in SQLite
    const personId = personIdIn(byUrl.payload);
    expect((await postMatch(sandbox.url, { personId })).status).toBe(503);
    expect((await acceptedRequest({ personId })).personKey).toBe(byUrl.personKey);
  });

  it("limits everyone to 10 requests per sliding second", async () => {
    const send = (now: number) =>
      handleSandboxMatch(
        db,
        new Request("http://sandbox.test/api/v1/search/people/phone/match", {
          method: "POST",
          headers: { "x-api-key": "k", "content-type": "application/json" },
          body: JSON.stringify({ linkedinUrl: profile("burst") }),
        }),
        now,
      );
    for (let i = 0; i < 10; i += 1) expect((await send(1_000 + i * 50)).status).toBe(200);
    const limited = await send(1_500);
    expect(limited.status).toBe(429);
    expect(limited.headers.get("retry-after")).toBe("1");
    expect((await send(2_001)).status).toBe(200);
  });
});
