import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { asc, eq, sql } from "drizzle-orm";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { creditBalances } from "@/db/schema";
import { createCloduraClient } from "@/lib/clodura/client";
import { getBalanceSummary, readBalance } from "@/lib/credits/balance";
import { resumeSending } from "@/lib/reveals/resume-sending";
import { getSetting, setSetting } from "@/lib/settings/settings";
import { ledgerRows, sumCredits } from "../support/credit-flow";
import { chargesOf, entryFor, profileUrl, revealNow, submit } from "../support/reveal-flow";
import { startTestApp, type TestApp } from "../support/test-app";

let app: TestApp;
let fakeClodura: Server | null = null;

beforeEach(async () => {
  app = await startTestApp();
});
afterEach(async () => {
  await stopFakeClodura();
  await app.close();
});

async function stopFakeClodura(): Promise<void> {
  const server = fakeClodura;
  fakeClodura = null;
  server?.closeAllConnections();
  if (server) await new Promise((resolve) => server.close(resolve));
}

/** Reveals new people through the sandbox (which charges its balance on acceptance) and returns their reveal ids. */
async function reveal(prefix: string, found: boolean[]): Promise<string[]> {
  const sdr = app.createUser("sdr");
  const { revealIds } = submit(app.db, sdr, found.map((isFound, index) => entryFor(profileUrl(`${prefix}-${index}`, { found: isFound }))));
  await revealNow(app, revealIds);
  return revealIds;
}

const charged = (revealIds: string[]) => revealIds.flatMap((id) => chargesOf(app.db, id));

/** Stands in for Clodura on a plan (or a bad moment) where GET /api/v1/credits answers `status`. */
async function cloduraAnswering(status: number) {
  fakeClodura = createServer((_request, response) => {
    response.writeHead(status, { "content-type": "application/json" });
    response.end(JSON.stringify({ message: status === 404 ? "Not Found" : "Internal Server Error" }));
  });
  await new Promise<void>((resolve) => fakeClodura!.listen(0, "127.0.0.1", resolve));
  return createCloduraClient({ baseUrl: `http://127.0.0.1:${(fakeClodura.address() as AddressInfo).port}`, apiKey: "test-key" });
}

describe("the balance read from Clodura beside the ledger", () => {
  it("shows no drift when the sandbox spent what the ledger charged, and confirms only the charges in between", async () => {
    const { db, client } = app;
    const earlier = await reveal("bal-earlier", [true]);
    const first = await readBalance(db, client);
    expect(first).toMatchObject({ kind: "pool", remaining: getSetting(db, "sandboxBalance"), exportsRemaining: null, message: null });

    const between = await reveal("bal-between", [true, false, true]);
    const second = await readBalance(db, client);
    const spent = sumCredits(charged(between));
    expect(spent).toBeGreaterThan(0);
    expect(second.remaining).toBe(first.remaining! - spent);

    expect(getBalanceSummary(db)).toEqual({ latest: second, unit: "credits", since: first.at, cloduraSpent: spent, ledgerSpent: spent, drift: 0, topUps: 0, planMismatch: null });
    expect(charged(between).map((row) => row.estimated)).toEqual([false, false]);
    expect(charged(earlier).map((row) => row.estimated)).toEqual([true]);
  });

  it("reports the difference as drift, and confirms nothing, when the price table disagrees with Clodura", async () => {
    const { db, client } = app;
    const defaults = getSetting(db, "providerPrices");
    setSetting(db, "providerPrices", Object.fromEntries(Object.entries(defaults).map(([provider, price]) => [provider, price + 3])));
    const first = await readBalance(db, client);
    const revealIds = await reveal("bal-drift", [true, true]);
    const second = await readBalance(db, client);

    const ledgerSpent = sumCredits(charged(revealIds));
    const cloduraSpent = charged(revealIds).reduce((sum, row) => sum + defaults[row.provider]!, 0);
    expect(first.remaining! - second.remaining!).toBe(cloduraSpent);
    expect(getBalanceSummary(db)).toMatchObject({ cloduraSpent, ledgerSpent, drift: -6 });
    expect(charged(revealIds).every((row) => row.estimated)).toBe(true);
  });

  it("shows no drift across a sandbox pause and resume: readings on both sides keep the refill out of the spend", async () => {
    const { db, client } = app;
    await readBalance(db, client);
    const before = await reveal("bal-resume-before", [true, true]);
    // The simulated account refuses (sandbox-402) and is refilled by the admin's resume, between two readings.
    setSetting(db, "sandboxAccountEmpty", true);
    await resumeSending(db, client, { sandboxMode: true });
    const after = await reveal("bal-resume-after", [true]);
    await readBalance(db, client);

    const spent = sumCredits(charged(before)) + sumCredits(charged(after));
    expect(getBalanceSummary(db)).toMatchObject({ drift: 0, topUps: 1 });
    expect(getBalanceSummary(db).ledgerSpent).toBeLessThanOrEqual(spent);
    expect(getSetting(db, "sandboxAccountEmpty")).toBe(false);
    expect(charged(after).map((row) => row.estimated)).toEqual([false]);
  });

  it("skips an interval where the balance went up (a top-up) instead of counting negative spend", async () => {
    const { db, client } = app;
    const first = await readBalance(db, client);
    const duringTopUp = await reveal("bal-topup", [true]);
    setSetting(db, "sandboxBalance", getSetting(db, "sandboxBalance") + 1_000);
    const toppedUp = await readBalance(db, client);
    const after = await reveal("bal-after", [true]);
    await readBalance(db, client);

    const spentAfter = sumCredits(charged(after));
    expect(getBalanceSummary(db)).toMatchObject({ cloduraSpent: spentAfter, ledgerSpent: spentAfter, drift: 0, topUps: 1 });
    expect(toppedUp.remaining).toBeGreaterThan(first.remaining!);
    expect(charged(duringTopUp).map((row) => row.estimated)).toEqual([true]);
    expect(charged(after).map((row) => row.estimated)).toEqual([false]);
  });

  it("counts phone credits on a Prospect plan: one per found reveal, whatever the two credits it costs", async () => {
    const { db, client } = app;
    setSetting(db, "plan", "prospect");
    const first = await readBalance(db, client);
    expect(first).toMatchObject({ kind: "prospect", remaining: 2_500, exportsRemaining: 2_500 });
    const revealIds = await reveal("bal-prospect", [true, false, true]);
    const second = await readBalance(db, client);

    expect(second).toMatchObject({ kind: "prospect", remaining: 2_498, exportsRemaining: 2_498 });
    expect(sumCredits(charged(revealIds))).toBe(4);
    expect(getBalanceSummary(db)).toMatchObject({ unit: "phone credits", cloduraSpent: 2, ledgerSpent: 2, drift: 0 });
    expect(charged(revealIds).map((row) => row.estimated)).toEqual([false, false]);
  });
});

describe("a balance Clodura cannot give", () => {
  it("stores a 404 as 'unavailable' and an error as 'error', and the next reading compares across them", async () => {
    const { db, client } = app;
    const first = await readBalance(db, client);
    const revealIds = await reveal("bal-gap", [true, true]);

    const unavailable = await readBalance(db, await cloduraAnswering(404));
    expect(unavailable).toMatchObject({ kind: "unavailable", remaining: null, exportsRemaining: null, message: expect.stringContaining("Not available on this plan") });
    expect(getBalanceSummary(db).latest).toEqual(unavailable);
    await stopFakeClodura();
    const failed = await readBalance(db, await cloduraAnswering(500));
    expect(failed).toMatchObject({ kind: "error", remaining: null, message: expect.stringContaining("500") });
    expect(db.select({ kind: creditBalances.kind }).from(creditBalances).orderBy(asc(sql`rowid`)).all().map((row) => row.kind)).toEqual(["pool", "unavailable", "error"]);
    expect(ledgerRows(db).every((row) => row.estimated)).toBe(true);
    // A refused key or plan says what to check, and not that sending is paused: a balance read pauses nothing.
    await stopFakeClodura();
    for (const status of [401, 403]) {
      const refused = await readBalance(db, await cloduraAnswering(status));
      await stopFakeClodura();
      expect(refused).toMatchObject({ kind: "error", message: expect.stringContaining(`HTTP ${status}`) });
      expect(refused.message).not.toContain("paused");
    }
    expect((await readBalance(db, await cloduraAnswering(401))).message).toContain("check CLODURA_API_KEY on the server");

    const last = await readBalance(db, client);
    expect(last.remaining).toBe(first.remaining! - sumCredits(charged(revealIds)));
    expect(charged(revealIds).map((row) => row.estimated)).toEqual([false, false]);
    expect(getBalanceSummary(db)).toMatchObject({ latest: last, since: first.at, drift: 0 });
    expect(db.select().from(creditBalances).where(eq(creditBalances.kind, "pool")).all()).toHaveLength(2);
  });
});
