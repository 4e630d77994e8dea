import { eq } from "drizzle-orm";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { creditLedger, reveals } from "@/db/schema";
import { contactOf, eventsOf, multiPayload, postJson, providerRowsOf, revealRow, sandboxRequestOf } from "../support/inspect";
import { rebuildSpendRollups } from "@/lib/credits/rebuild-rollups";
import { listPeople } from "@/lib/reveals/list-people";
import { setSetting } from "@/lib/settings/settings";
import { rollupRows } from "../support/credit-flow";
import { entryFor, submit } from "../support/reveal-flow";
import { startTestApp, waitFor, type TestApp } from "../support/test-app";

let app: TestApp;

beforeEach(async () => {
  app = await startTestApp();
});
afterEach(async () => {
  await app.close();
});

/** A reveal the sandbox accepted but will never call back for, so the test delivers its webhooks itself. */
async function awaitingReveal(slug: string): Promise<{ revealId: string; webhookUrl: string; trackingId: string }> {
  const { revealIds } = app.createBatchFor(app.createUser("sdr"), [`https://www.linkedin.com/in/${slug}-sandbox-no-webhook/`]);
  expect(await app.dispatchAll()).toEqual(["sent"]);
  const revealId = revealIds[0]!;
  const request = sandboxRequestOf(app.db, revealId);
  expect(request.deliveryDelaysMs).toEqual([]);
  return { revealId, webhookUrl: request.webhookUrl!, trackingId: request.trackingId };
}

const notFoundEverywhere = { Clodura: { status: "notFound" }, SignalHire: { status: "notFound" }, Findymail: { status: "notFound" } };
const foundByFindymail = { Clodura: { status: "notFound" }, SignalHire: { status: "notFound" }, Findymail: { mobile: ["+1439-570-0805"], status: "found" } };

describe("duplicate deliveries", () => {
  it("stores the second delivery of the same body as a duplicate and changes nothing", async () => {
    const { db } = app;
    const { revealIds } = app.createBatchFor(app.createUser("sdr"), ["https://www.linkedin.com/in/ann-lee-sandbox-duplicate-webhook/"]);
    await app.dispatchAll();
    const revealId = revealIds[0]!;
    expect(sandboxRequestOf(db, revealId).deliveryDelaysMs).toHaveLength(2);

    const [first, second] = await waitFor(() => {
      const events = eventsOf(db, revealId, "webhook");
      return events.length === 2 && events.every((event) => event.outcome !== "received") ? events : null;
    }, 5_000, "both deliveries");
    expect(first).toMatchObject({ outcome: "applied" });
    expect(second).toMatchObject({ outcome: "duplicate", body: first!.body });

    // Nothing was written by the second delivery, ~300 ms after the first.
    const secondAt = second!.receivedAt.getTime();
    const reveal = revealRow(db, revealId);
    expect(["found", "not_found"]).toContain(reveal.state);
    expect(reveal.completedAt!.getTime()).toBeLessThan(secondAt);
    expect(reveal.updatedAt!.getTime()).toBeLessThan(secondAt);
    const rows = providerRowsOf(db, revealId);
    const payload = sandboxRequestOf(db, revealId).payload as { people: [{ phoneNumbers: Record<string, unknown> }] };
    expect(rows.map((row) => row.provider)).toEqual(Object.keys(payload.people[0].phoneNumbers));
    for (const row of rows) expect(row.createdAt.getTime()).toBeLessThan(secondAt);
  });
});

describe("out-of-order deliveries to a reveal that is already final", () => {
  it("ignores a notFound-only body after a found one: found never moves back", async () => {
    const { db } = app;
    const { revealId, webhookUrl, trackingId } = await awaitingReveal("found-first");

    const applied = await postJson(webhookUrl, multiPayload(trackingId, foundByFindymail));
    expect(applied.status).toBe(200);
    expect(await applied.json()).toMatchObject({ outcome: "applied" });
    const revealBefore = revealRow(db, revealId);
    const rowsBefore = providerRowsOf(db, revealId);
    expect(revealBefore.state).toBe("found");
    expect(rowsBefore.find((row) => row.charged)).toMatchObject({ provider: "Findymail", numbers: [{ raw: "+1439-570-0805", e164: "+14395700805", type: "mobile" }] });

    const late = await postJson(webhookUrl, multiPayload(trackingId, notFoundEverywhere));
    expect(late.status).toBe(200);
    expect(await late.json()).toMatchObject({ outcome: "ignored_final" });
    expect(revealRow(db, revealId)).toEqual(revealBefore);
    expect(providerRowsOf(db, revealId)).toEqual(rowsBefore);
    expect(eventsOf(db, revealId, "webhook").map((event) => event.outcome)).toEqual(["applied", "ignored_final"]);
    expect(eventsOf(db, revealId, "webhook")[1]?.body).toBe(JSON.stringify(multiPayload(trackingId, notFoundEverywhere)));
  });

  // A later body with a provider's "found" replaces the "not found" instead: Clodura charged for it (late-number.test.ts).
  it("ignores a later body without a \"found\" after a notFound one; a later \"found\" without a number is charged once, in either order", async () => {
    const { db } = app;
    const { revealId, webhookUrl, trackingId } = await awaitingReveal("not-found-first");

    expect(await (await postJson(webhookUrl, multiPayload(trackingId, notFoundEverywhere))).json()).toMatchObject({ outcome: "applied" });
    const revealBefore = revealRow(db, revealId);
    expect(revealBefore.state).toBe("not_found");

    const late = await postJson(webhookUrl, multiPayload(trackingId, { ...notFoundEverywhere, Wiza: { status: "notFound" } }));
    expect(late.status).toBe(200);
    expect(await late.json()).toMatchObject({ outcome: "ignored_final" });
    expect(revealRow(db, revealId)).toEqual(revealBefore);
    const rows = providerRowsOf(db, revealId);
    expect(rows.map((row) => row.status)).toEqual(["notFound", "notFound", "notFound"]);
    expect(db.select().from(creditLedger).all()).toEqual([]);

    // As if it had come first: a "found" without a number, charged, and no number to show or reuse.
    const emptyFound = { Clodura: { status: "notFound" }, SignalHire: { status: "found", mobile: ["N/A"] } };
    expect(await (await postJson(webhookUrl, multiPayload(trackingId, emptyFound))).json()).toMatchObject({ outcome: "applied" });
    expect(revealRow(db, revealId)).toMatchObject({ state: "not_found", errorCode: "found_without_number" });
    expect(providerRowsOf(db, revealId).flatMap((row) => row.numbers)).toEqual([]);
    expect(db.select().from(creditLedger).all()).toEqual([expect.objectContaining({ revealId, provider: "SignalHire" })]);
    expect(eventsOf(db, revealId, "webhook").map((event) => event.outcome)).toEqual(["applied", "ignored_final", "applied"]);
  });
});

describe("an answer that arrives after the reveal was given up on", () => {
  it("is applied and charged once when Clodura went quiet or the send timed out: the numbers are not thrown away", async () => {
    const { db } = app;
    for (const [slug, errorCode] of [["gave-up", "no_result"], ["timed-out", "retries_exhausted"], ["sent-again", "retried"]] as const) {
      const { revealId, webhookUrl, trackingId } = await awaitingReveal(slug);
      db.update(reveals).set({ state: "failed", errorCode, errorMessage: "Clodura sent no result within 24 hours." }).where(eq(reveals.id, revealId)).run();

      const late = await postJson(webhookUrl, multiPayload(trackingId, foundByFindymail));
      expect(await late.json()).toMatchObject({ outcome: "applied" });
      expect(revealRow(db, revealId)).toMatchObject({ state: "found", errorCode: null, errorMessage: null });
      expect(providerRowsOf(db, revealId).find((row) => row.charged)).toMatchObject({ provider: "Findymail" });
      expect(db.select().from(creditLedger).where(eq(creditLedger.revealId, revealId)).all()).toHaveLength(1);

      expect(await (await postJson(webhookUrl, multiPayload(trackingId, foundByFindymail))).json()).toMatchObject({ outcome: "duplicate" });
      expect(db.select().from(creditLedger).where(eq(creditLedger.revealId, revealId)).all()).toHaveLength(1);
    }
  });

  it("is ignored when Clodura had rejected the request: it never had it", async () => {
    const { db } = app;
    const { revealId, webhookUrl, trackingId } = await awaitingReveal("rejected");
    db.update(reveals).set({ state: "failed", errorCode: "clodura_422" }).where(eq(reveals.id, revealId)).run();
    expect(await (await postJson(webhookUrl, multiPayload(trackingId, foundByFindymail))).json()).toMatchObject({ outcome: "ignored_final" });
    expect(revealRow(db, revealId)).toMatchObject({ state: "failed", errorCode: "clodura_422" });
    expect(providerRowsOf(db, revealId)).toEqual([]);
  });
});

describe("a provider that says found but sends no number", () => {
  it("is charged as Clodura counts it, but the reveal is not found and says why, so a teammate's list sends it again", async () => {
    const { db } = app;
    const answers: [string, Record<string, { status: string; [kind: string]: string | string[] }>][] = [
      ["empty-found", { SignalHire: { status: "found" } }],
      ["placeholder-found", { Clodura: { status: "found", mobile: ["N/A"] } }],
    ];
    for (const [slug, answer] of answers) {
      const { revealId, webhookUrl, trackingId } = await awaitingReveal(slug);
      expect(await (await postJson(webhookUrl, multiPayload(trackingId, answer))).json()).toMatchObject({ outcome: "applied" });
      expect(revealRow(db, revealId)).toMatchObject({ state: "not_found", errorCode: "found_without_number", errorMessage: expect.stringContaining("sent no phone number") });
      expect(db.select().from(creditLedger).where(eq(creditLedger.revealId, revealId)).all()).toHaveLength(1);
      expect(providerRowsOf(db, revealId)).toEqual([expect.objectContaining({ status: "found", charged: true, numbers: [] })]);
    }
    // Not reused: a teammate's list sends both people again, and People says why.
    const urls = answers.map(([slug]) => `https://www.linkedin.com/in/${slug}-sandbox-no-webhook/`);
    expect(submit(db, app.createUser("sdr"), urls.map((url) => entryFor(url)))).toMatchObject({ queued: 2, cached: 0, attached: 0 });
    // The rollups count the charge as found whether kept live or rebuilt from the ledger.
    const live = rollupRows(db);
    expect(live.outcomes.reduce((sum, row) => sum + row.found, 0)).toBe(2);
    rebuildSpendRollups(db);
    expect(rollupRows(db)).toEqual(live);
    const manager = app.createUser("manager");
    for (const url of urls) {
      expect(listPeople(db, manager, { search: url }).people[0]).toMatchObject({ state: "not_found", noNumberSent: true, fresh: false });
    }
  });
});

describe("a Standard-form answer (Prospect plans) whose only number is a placeholder", () => {
  it("is charged as its source's find without a number, and the ledger does not reuse it for a teammate", async () => {
    const { db } = app;
    setSetting(db, "plan", "prospect");
    const { revealId, webhookUrl } = await awaitingReveal("prospect-placeholder");
    const body = { personId: "2751275603503088159", firstName: "Brad", lastName: "Dickey", phoneNumbers: [{ raw_number: "N/A", type: "mobile", source: "partner" }] };

    expect(await (await postJson(webhookUrl, body)).json()).toMatchObject({ outcome: "applied" });
    expect(revealRow(db, revealId)).toMatchObject({ state: "not_found", errorCode: "found_without_number", errorMessage: expect.stringContaining("partner said it found") });
    expect(db.select().from(creditLedger).all()).toEqual([expect.objectContaining({ revealId, provider: "partner", plan: "prospect", amount: 2 })]);
    expect(providerRowsOf(db, revealId)).toEqual([expect.objectContaining({ provider: "partner", status: "found", charged: true, numbers: [] })]);

    const url = "https://www.linkedin.com/in/prospect-placeholder-sandbox-no-webhook/";
    expect(submit(db, app.createUser("sdr"), [entryFor(url)])).toMatchObject({ queued: 1, cached: 0, attached: 0 });
  });
});

describe("personId precision", () => {
  it("keeps a 19-digit personId sent as a bare JSON number exactly", async () => {
    const { revealId, webhookUrl, trackingId } = await awaitingReveal("bare-number");
    const body = JSON.stringify(multiPayload(trackingId, foundByFindymail)).replace('"personId":"2751275603503088159"', '"personId":2751275603503088159');
    expect(body).toContain('"personId":2751275603503088159');

    const response = await postJson(webhookUrl, body);
    expect(response.status).toBe(200);
    expect(contactOf(app.db, revealId)?.personId).toBe("2751275603503088159");
    expect(eventsOf(app.db, revealId, "webhook")[0]).toMatchObject({ body, outcome: "applied" });
  });
});
