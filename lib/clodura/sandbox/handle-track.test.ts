import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { setSetting } from "@/lib/settings/settings";
import { handleSandboxTrack } from "./handle-track";
import { resetSandboxMemory } from "./sandbox-memory";
import { serveSandbox, type SandboxServer } from "./serve-sandbox";
import { findProfileUrl, openSandboxTestDb, postMatch } from "./test-support";

const db = openSandboxTestDb();
let sandbox: SandboxServer;
const keyed = { headers: { "x-api-key": "test-key" } };
const trackRequest = (trackingId: string) => new Request(`http://sandbox.test/api/v1/search/people/track/${trackingId}`, keyed);

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
});

async function startReveal(linkedinUrl: string): Promise<string> {
  const response = await postMatch(sandbox.url, { linkedinUrl });
  expect(response.status).toBe(200);
  return ((await response.json()) as { trackingId: string }).trackingId;
}

describe("GET /api/v1/search/people/track/{trackingId}", () => {
  it("says processing, then completed with the payload in a data envelope", async () => {
    const startedAt = Date.now();
    const trackingId = await startReveal(findProfileUrl({ found: true, viaPartners: false }));
    const pending = handleSandboxTrack(db, trackingId, trackRequest(trackingId), startedAt);
    expect(await pending.json()).toEqual({ trackingId, status: "processing" });
    const done = handleSandboxTrack(db, trackingId, trackRequest(trackingId), startedAt + 5_000);
    const body = (await done.json()) as { status: string; data: { trackingId: string; people: unknown[] } };
    expect(body).toMatchObject({ trackingId, status: "completed", data: { trackingId, status: "success" } });
    expect(body.data.people).toHaveLength(1);
  });

  it("completes over HTTP once the planned delay has passed", async () => {
    const trackingId = await startReveal("https://www.linkedin.com/in/jane-doe-sandbox-no-webhook");
    const poll = async () => (await (await fetch(`${sandbox.url}/sandbox/api/v1/search/people/track/${trackingId}`, keyed)).json()) as { status: string };
    expect((await poll()).status).toBe("processing");
    await new Promise((resolve) => setTimeout(resolve, 1_100));
    expect(await poll()).toMatchObject({ status: "completed", data: { people: [{ firstName: "Jane", lastName: "Doe" }] } });
  });

  it("answers 401 without a key and 404 for an unknown id", async () => {
    expect((await fetch(`${sandbox.url}/api/v1/search/people/track/abc`)).status).toBe(401);
    const unknown = await fetch(`${sandbox.url}/api/v1/search/people/track/000000000000000000000000`, keyed);
    expect(unknown.status).toBe(404);
    expect(await unknown.json()).toHaveProperty("message");
  });
});

describe("GET /api/v1/credits", () => {
  const credits = async () => fetch(`${sandbox.url}/api/v1/credits`, keyed);

  it("answers a single pool on Multi-Provider plans", async () => {
    setSetting(db, "sandboxBalance", 1_234);
    for (const plan of ["max", "free_forever", "payg"] as const) {
      setSetting(db, "plan", plan);
      expect(await (await credits()).json()).toEqual({ remainingCredits: 1_234 });
    }
  });

  it("answers Prospect counters (each half the balance: a found number costs 1 phone + 1 export) with maxContacts as a string", async () => {
    setSetting(db, "sandboxBalance", 38);
    for (const plan of ["prospect", "prospect_pro"] as const) {
      setSetting(db, "plan", plan);
      expect(await (await credits()).json()).toEqual({ contactsView: 19, maxContacts: "2500", directDials: 19, maxDirectDials: 2_500 });
    }
  });

  it("answers 401 without a key", async () => {
    const response = await fetch(`${sandbox.url}/api/v1/credits`);
    expect(response.status).toBe(401);
    expect(await response.json()).toEqual({ message: "API key missing or invalid" });
  });
});

describe("any other address", () => {
  it("answers a Clodura-style 404 that names the endpoints the sandbox has, with or without the /sandbox prefix", async () => {
    for (const [method, path, named] of [
      ["GET", "/api/v1/credit", "GET /api/v1/credit"],
      ["POST", "/sandbox/api/v1/search/people/match", "POST /api/v1/search/people/match"],
    ] as const) {
      const response = await fetch(`${sandbox.url}${path}`, { method, ...keyed, body: method === "POST" ? "{}" : undefined });
      expect(response.status).toBe(404);
      const { message } = (await response.json()) as { message: string };
      expect(message).toBe(
        `The sandbox has no ${named}. It answers POST /api/v1/search/people/phone/match, GET /api/v1/search/people/track/{trackingId} and GET /api/v1/credits (under /sandbox in the app).`,
      );
    }
  });
});
