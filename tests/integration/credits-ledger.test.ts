import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { CloduraClient } from "@/lib/clodura/client";
import { dayIn } from "@/lib/credits/periods";
import { MAX_DOCUMENTED_PRICE } from "@/lib/credits/prices";
import { recordCharge } from "@/lib/credits/record-charge";
import { dispatchNext } from "@/lib/reveals/dispatch";
import { reconcileDue } from "@/lib/reveals/reconcile";
import { getSetting, setSetting } from "@/lib/settings/settings";
import { eventsOf, isSettled, postJson, providerRowsOf, revealRow, sandboxRequestOf } from "../support/inspect";
import { ledgerRows, rollupRows, trackOnlyUrl } from "../support/credit-flow";
import { chargesOf, entryFor, profileUrl, revealNow, sandboxRequestCount, submit } from "../support/reveal-flow";
import { startTestApp, waitFor, type TestApp } from "../support/test-app";

const utcDay = (at: Date | number) => dayIn(at, "UTC");

let app: TestApp;

beforeEach(async () => {
  app = await startTestApp();
});
afterEach(async () => {
  await app.close();
});

const chargedProvider = (revealId: string) => providerRowsOf(app.db, revealId).find((row) => row.charged)?.provider;

describe("a found reveal is charged once, to the SDR who asked, by plan", () => {
  it("charges the Max plan the finding provider's price from the table, with batch and provider, and rolls it up", async () => {
    const { db } = app;
    const sdr = app.createUser("sdr");
    const created = submit(db, sdr, [entryFor(profileUrl("max-found", { found: true })), entryFor(profileUrl("max-missing", { found: false }))]);
    const [found, missing] = created.revealIds as [string, string];
    await revealNow(app, created.revealIds);
    expect([revealRow(db, found).state, revealRow(db, missing).state]).toEqual(["found", "not_found"]);

    const provider = chargedProvider(found)!;
    const price = getSetting(db, "providerPrices")[provider]!;
    const completedAt = revealRow(db, found).completedAt!;
    expect(chargesOf(db, found)).toEqual([
      expect.objectContaining({ userId: sdr.id, batchId: created.batchId, provider, plan: "max", amount: price, estimated: true, createdAt: completedAt }),
    ]);
    expect(chargesOf(db, missing)).toEqual([]);
    expect(rollupRows(db).spend).toEqual([{ day: utcDay(completedAt), userId: sdr.id, batchId: created.batchId, provider, charges: 1, credits: price }]);

    // The scorecard counts every provider asked, in both reveals; only the charged one found.
    const asked = new Map<string, number>();
    for (const row of [...providerRowsOf(db, found), ...providerRowsOf(db, missing)]) asked.set(row.provider, (asked.get(row.provider) ?? 0) + 1);
    const scorecard = rollupRows(db).providers;
    expect(Object.fromEntries(scorecard.map((row) => [row.provider, row.asked]))).toEqual(Object.fromEntries(asked));
    expect(scorecard.filter((row) => row.found > 0)).toEqual([expect.objectContaining({ provider, found: 1, userId: sdr.id })]);
  });

  it("charges a Prospect plan 2 credits per found reveal (1 phone + 1 export), whoever found it", async () => {
    const { db } = app;
    setSetting(db, "plan", "prospect");
    const sdr = app.createUser("sdr");
    const urls = [profileUrl("pro-direct", { found: true, chargedBy: "Clodura" }), profileUrl("pro-partner", { found: true, chargedBy: "partner" })];
    const created = submit(db, sdr, urls.map((url) => entryFor(url)));
    await revealNow(app, created.revealIds);

    expect(ledgerRows(db).map((row) => [row.revealId, row.provider, row.plan, row.amount, row.userId])).toEqual(
      expect.arrayContaining([
        [created.revealIds[0], "clodura", "prospect", 2, sdr.id],
        [created.revealIds[1], "partner", "prospect", 2, sdr.id],
      ]),
    );
    expect(ledgerRows(db)).toHaveLength(2);
    expect(rollupRows(db).spend.reduce((sum, row) => sum + row.credits, 0)).toBe(4);
  });

  it("charges PAYG and Free Forever whatever the providerPrices setting says now", async () => {
    const { db } = app;
    const table = { Clodura: 31, SignalHire: 32, Enrichlayer: 33, Wiza: 34, LeadMagic: 35, RocketReach: 36, Findymail: 37 } as Record<string, number>;
    setSetting(db, "providerPrices", table);
    const sdr = app.createUser("sdr");
    for (const plan of ["payg", "free_forever"] as const) {
      setSetting(db, "plan", plan);
      const [revealId] = submit(db, sdr, [entryFor(profileUrl(`price-${plan}`, { found: true }))]).revealIds as [string];
      await revealNow(app, [revealId]);
      expect(chargesOf(db, revealId)).toEqual([expect.objectContaining({ plan, amount: table[chargedProvider(revealId)!] })]);
    }
  });

  it("charges a provider missing from the price table the documented maximum", async () => {
    const { db } = app;
    const sdr = app.createUser("sdr");
    const [revealId] = submit(db, sdr, [entryFor("https://www.linkedin.com/in/kim-lo-sandbox-unknown-provider/")]).revealIds as [string];
    await revealNow(app, [revealId]);
    expect(getSetting(db, "providerPrices")).not.toHaveProperty("Kaspr");
    expect(chargesOf(db, revealId)).toEqual([expect.objectContaining({ userId: sdr.id, provider: "Kaspr", amount: MAX_DOCUMENTED_PRICE })]);
  });

  it("charges nothing for a ledger answer, fresh or attached to a reveal in flight", async () => {
    const { db } = app;
    const [sdrA, sdrB, sdrC] = [app.createUser("sdr"), app.createUser("sdr"), app.createUser("sdr")];
    const url = profileUrl("ledger-free", { found: true });
    const [aReveal] = submit(db, sdrA, [entryFor(url)]).revealIds as [string];
    const attached = submit(db, sdrB, [entryFor(url)]);
    expect(attached).toMatchObject({ attached: 1, queued: 0 });
    await revealNow(app, [aReveal, ...attached.revealIds]);
    const before = rollupRows(db);

    const cached = submit(db, sdrC, [entryFor(url)]);
    expect(cached).toMatchObject({ cached: 1, queued: 0 });
    expect(await app.dispatchAll()).toEqual([]);
    expect(ledgerRows(db).map((row) => [row.revealId, row.userId])).toEqual([[aReveal, sdrA.id]]);
    expect(rollupRows(db)).toEqual(before);
    expect(before.spend.map((row) => row.userId)).toEqual([sdrA.id]);
    expect(new Set(before.providers.map((row) => row.userId))).toEqual(new Set([sdrA.id]));
  });
});

describe("the same answer arriving again never charges twice", () => {
  it("a duplicate webhook delivery, and the body posted once more, leave the ledger and rollups unchanged", async () => {
    const { db } = app;
    const sdr = app.createUser("sdr");
    const [revealId] = submit(db, sdr, [entryFor(profileUrl("twice-sandbox-duplicate-webhook", { found: true }))]).revealIds as [string];
    await app.dispatchAll();
    await app.deliverWebhooks();
    const events = await waitFor(() => {
      const delivered = eventsOf(db, revealId, "webhook");
      return delivered.length === 2 && delivered.every((event) => event.outcome !== "received") ? delivered : null;
    }, 5_000, "both deliveries");
    expect(events.map((event) => event.outcome)).toEqual(["applied", "duplicate"]);
    const price = getSetting(db, "providerPrices")[chargedProvider(revealId)!];
    expect(ledgerRows(db)).toEqual([expect.objectContaining({ revealId, amount: price })]);
    expect(rollupRows(db).spend).toEqual([expect.objectContaining({ charges: 1, credits: price })]);
    expect(rollupRows(db).providers.every((row) => row.asked === 1)).toBe(true);

    const [ledger, rollups] = [ledgerRows(db), rollupRows(db)];
    const { webhookUrl, payload } = sandboxRequestOf(db, revealId);
    expect(await (await postJson(webhookUrl!, payload)).json()).toMatchObject({ outcome: "duplicate" });
    // Even called again directly, the charge is once per reveal: the rollup moves only with a new ledger row.
    expect(recordCharge(db, { revealId, userId: sdr.id, batchId: ledger[0]!.batchId, provider: ledger[0]!.provider, form: "multi", at: new Date() })).toBeNull();
    expect(ledgerRows(db)).toEqual(ledger);
    expect(rollupRows(db)).toEqual(rollups);
  });

  it("a dispatch retried after a 503 is accepted and charged once", async () => {
    const { db } = app;
    const url = profileUrl("retry-sandbox-500", { found: true });
    const [revealId] = submit(db, app.createUser("sdr"), [entryFor(url)]).revealIds as [string];
    const t0 = Date.now();
    expect(await dispatchNext(db, { ...app.deps, now: () => t0, random: () => 0 })).toBe("retry");
    const { nextAttemptAt } = revealRow(db, revealId);
    expect(await app.dispatchAll({ now: () => nextAttemptAt.getTime() })).toEqual(["sent"]);
    await app.deliverWebhooks();
    await waitFor(() => isSettled(db, revealId), 5_000, "the webhook after the retry");

    expect(revealRow(db, revealId)).toMatchObject({ state: "found", attempts: 2 });
    expect(sandboxRequestCount(db, url)).toBe(1);
    expect(ledgerRows(db)).toEqual([expect.objectContaining({ revealId })]);
    expect(rollupRows(db).spend).toEqual([expect.objectContaining({ charges: 1 })]);
  });

  it("a track poll answered after the webhook landed is a duplicate and charges nothing", async () => {
    const { db } = app;
    const [revealId] = submit(db, app.createUser("sdr"), [entryFor(trackOnlyUrl("poll-after", true))]).revealIds as [string];
    expect(await app.dispatchAll()).toEqual(["sent"]);
    const { webhookUrl, payload, completeAt } = sandboxRequestOf(db, revealId);
    await waitFor(() => Date.now() > completeAt.getTime(), 3_000, "the sandbox to finish");

    // The webhook lands while the poll is on the wire: the real client, with the delivery made just before it sends.
    const snapshot: { ledger?: ReturnType<typeof ledgerRows>; rollups?: ReturnType<typeof rollupRows> } = {};
    const racing: CloduraClient = {
      ...app.client,
      async track(trackingId) {
        expect(await (await postJson(webhookUrl!, payload)).json()).toMatchObject({ outcome: "applied" });
        Object.assign(snapshot, { ledger: ledgerRows(db), rollups: rollupRows(db) });
        return app.client.track(trackingId);
      },
    };
    expect(await reconcileDue(db, { client: racing, now: () => Date.now() + 61_000 })).toBe(1);
    expect(eventsOf(db, revealId).map((event) => [event.source, event.outcome])).toEqual([
      ["match", "pending"],
      ["webhook", "applied"],
      ["track", "duplicate"],
    ]);
    expect(snapshot.ledger).toEqual([expect.objectContaining({ revealId })]);
    expect(ledgerRows(db)).toEqual(snapshot.ledger);
    expect(rollupRows(db)).toEqual(snapshot.rollups);
  });

  it("a webhook arriving after track answered is a duplicate and charges nothing", async () => {
    const { db } = app;
    setSetting(db, "reconcileAfterSeconds", 0);
    const [revealId] = submit(db, app.createUser("sdr"), [entryFor(profileUrl("late-sandbox-late-webhook", { found: true }))]).revealIds as [string];
    expect(await app.dispatchAll()).toEqual(["sent"]);
    const { webhookUrl, payload, completeAt } = sandboxRequestOf(db, revealId);
    await waitFor(() => Date.now() > completeAt.getTime(), 3_000, "the sandbox to finish");
    expect(await reconcileDue(db, { client: app.client })).toBe(1);
    const [ledger, rollups] = [ledgerRows(db), rollupRows(db)];
    expect(ledger).toEqual([expect.objectContaining({ revealId })]);

    expect(await (await postJson(webhookUrl!, payload)).json()).toMatchObject({ outcome: "duplicate" });
    expect(ledgerRows(db)).toEqual(ledger);
    expect(rollupRows(db)).toEqual(rollups);
  });
});
