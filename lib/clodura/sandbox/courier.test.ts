import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { sandboxRequests } from "@/db/schema";
import { setSetting } from "@/lib/settings/settings";
import { deliverDueWebhooks, ensureSandboxCourier, startSandboxCourier } from "./courier";
import { handleSandboxMatch } from "./handle-match";
import { resetSandboxMemory } from "./sandbox-memory";
import { openSandboxTestDb, type MatchBody } from "./test-support";

type Received = { path: string; userAgent: string | undefined; contentType: string | undefined; body: unknown };

const db = openSandboxTestDb();
const received: Received[] = [];
let receiver: Server;
let receiverUrl = "";
let clock = 1_000_000;

beforeAll(async () => {
  receiver = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => {
      received.push({
        path: request.url ?? "",
        userAgent: request.headers["user-agent"],
        contentType: request.headers["content-type"],
        body: JSON.parse(Buffer.concat(chunks).toString("utf8")),
      });
      response.writeHead(204).end();
    });
  });
  await new Promise<void>((resolve) => receiver.listen(0, "127.0.0.1", resolve));
  receiverUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise<void>((resolve) => receiver.close(() => resolve()));
});
beforeEach(() => {
  received.length = 0;
  resetSandboxMemory();
  setSetting(db, "plan", "max");
  setSetting(db, "sandboxBalance", 5_000);
  clock += 10 * 60_000; // earlier tests' rows are all delivered by now
});

/** Starts a reveal at the test clock and returns its trackingId and planned delays. */
async function reveal(slug: string, body: Partial<MatchBody> = {}): Promise<{ trackingId: string; delays: number[] }> {
  const request = new Request("http://sandbox.test/api/v1/search/people/phone/match", {
    method: "POST",
    headers: { "x-api-key": "k" },
    body: JSON.stringify({ linkedinUrl: `https://www.linkedin.com/in/${slug}`, revealPhoneNumberViaPartners: true, webhookUrl: `${receiverUrl}/hooks/${slug}`, ...body }),
  });
  const response = await handleSandboxMatch(db, request, clock);
  const { trackingId } = (await response.json()) as { trackingId: string };
  const row = db.select().from(sandboxRequests).where(eq(sandboxRequests.trackingId, trackingId)).get();
  return { trackingId, delays: row?.deliveryDelaysMs ?? [] };
}

describe("deliverDueWebhooks", () => {
  it("posts the payload once, when it is due, as JSON with the sandbox User-Agent", async () => {
    const { trackingId, delays } = await reveal("ann-lee");
    const due = clock + (delays[0] ?? 0);
    expect(await deliverDueWebhooks(db, due - 1)).toBe(0);
    expect(await deliverDueWebhooks(db, due)).toBe(1);
    expect(await deliverDueWebhooks(db, due + 60_000)).toBe(0);
    expect(received).toEqual([
      { path: "/hooks/ann-lee", userAgent: "Clodura-Sandbox/1.0", contentType: "application/json", body: expect.objectContaining({ trackingId }) },
    ]);
  });

  it("delivers the same body twice for sandbox-duplicate-webhook", async () => {
    const { delays } = await reveal("ann-lee-sandbox-duplicate-webhook");
    expect(delays).toHaveLength(2);
    expect(await deliverDueWebhooks(db, clock + (delays[0] ?? 0))).toBe(1);
    expect(await deliverDueWebhooks(db, clock + (delays[0] ?? 0) + 299)).toBe(0);
    expect(await deliverDueWebhooks(db, clock + (delays[1] ?? 0))).toBe(1);
    expect(received).toHaveLength(2);
    expect(received[1]?.body).toEqual(received[0]?.body);
  });

  it("holds sandbox-late-webhook for 90 s and never sends sandbox-no-webhook", async () => {
    await reveal("ann-lee-sandbox-late-webhook");
    await reveal("ann-lee-sandbox-no-webhook");
    expect(await deliverDueWebhooks(db, clock + 89_999)).toBe(0);
    expect(await deliverDueWebhooks(db, clock + 90_000)).toBe(1);
    expect(received.map((delivery) => delivery.path)).toEqual(["/hooks/ann-lee-sandbox-late-webhook"]);
  });

  it("sends nothing when the request had no webhookUrl", async () => {
    await reveal("ann-lee-no-hook", { revealPhoneNumberViaPartners: false, webhookUrl: undefined });
    expect(await deliverDueWebhooks(db, clock + 60_000)).toBe(0);
  });

  it("claims each delivery once even when two couriers run at the same moment", async () => {
    await reveal("ann-lee-race");
    const counts = await Promise.all([deliverDueWebhooks(db, clock + 2_000), deliverDueWebhooks(db, clock + 2_000)]);
    expect(counts.sort()).toEqual([0, 1]);
    expect(received).toHaveLength(1);
  });

  it("swallows a failed delivery and logs only the receiver's origin", async () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    try {
      await reveal("ann-lee-refused", { webhookUrl: "http://127.0.0.1:9/api/webhooks/clodura/secret-token" });
      expect(await deliverDueWebhooks(db, clock + 2_000)).toBe(1);
      expect(warn).toHaveBeenCalledTimes(1);
      const line = String(warn.mock.calls[0]?.[0]);
      expect(line).toContain("http://127.0.0.1:9");
      expect(line).not.toContain("secret-token");
      expect(await deliverDueWebhooks(db, clock + 60_000)).toBe(0);
    } finally {
      warn.mockRestore();
    }
  });
});

describe("startSandboxCourier", () => {
  it("delivers on its own timer until stopped", async () => {
    const response = await handleSandboxMatch(
      db,
      new Request("http://sandbox.test/api/v1/search/people/phone/match", {
        method: "POST",
        headers: { "x-api-key": "k" },
        body: JSON.stringify({ linkedinUrl: "https://www.linkedin.com/in/timer-test", webhookUrl: `${receiverUrl}/hooks/timer` }),
      }),
      Date.now() - 2_000,
    );
    expect(response.status).toBe(200);
    const stop = startSandboxCourier(db, 20);
    try {
      await vi.waitFor(() => expect(received.map((delivery) => delivery.path)).toContain("/hooks/timer"), { timeout: 2_000 });
    } finally {
      stop();
    }
  });
});

describe("ensureSandboxCourier", () => {
  it("starts a courier only when none runs in this process", async () => {
    const stop = startSandboxCourier(db, 60_000);
    try {
      await handleSandboxMatch(
        db,
        new Request("http://sandbox.test/api/v1/search/people/phone/match", {
          method: "POST",
          headers: { "x-api-key": "k" },
          body: JSON.stringify({ linkedinUrl: "https://www.linkedin.com/in/ensure-test", webhookUrl: `${receiverUrl}/hooks/ensure` }),
        }),
        Date.now() - 2_000,
      );
      ensureSandboxCourier(db); // one already runs (with a long interval): nothing new starts
      await new Promise((resolve) => setTimeout(resolve, 400));
      expect(received.map((delivery) => delivery.path)).not.toContain("/hooks/ensure");
    } finally {
      stop();
    }
    ensureSandboxCourier(db); // none runs now: this one delivers
    await vi.waitFor(() => expect(received.map((delivery) => delivery.path)).toContain("/hooks/ensure"), { timeout: 2_000 });
  });
});
