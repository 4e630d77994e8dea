import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { sandboxProviders } from "@/lib/clodura/sandbox/scenarios";
import { AppError } from "@/lib/errors";
import { rowMatcher } from "@/lib/reveals/batch-filter";
import { exportBatchCsv } from "@/lib/reveals/export-batch";
import { assertCanSeeBatch, getBatchPage, getBatchView } from "@/lib/reveals/get-batch";
import { batchCursorOf, listBatches, parseBatchCursor, type BatchCursor } from "@/lib/reveals/list-batches";
import { batchViewQuerySchema, type BatchRow } from "@/lib/reveals/schemas";
import { isSettled, multiPayload, postJson, providerRowsOf, sandboxRequestOf } from "../support/inspect";
import { entryFor, profileUrl, revealNow, submit } from "../support/reveal-flow";
import { startTestApp, waitFor, type TestApp } from "../support/test-app";

let app: TestApp;

beforeEach(async () => {
  app = await startTestApp();
});
afterEach(async () => {
  await app.close();
});

describe("what Clodura says is stored verbatim and shown", () => {
  it("keeps an unknown provider and Insufficient Credits, and the batch view shows both", async () => {
    const { db } = app;
    const sdr = app.createUser("sdr");
    const { batchId, revealIds } = app.createBatchFor(sdr, [
      "https://www.linkedin.com/in/jane-doe-sandbox-unknown-provider/",
      "https://www.linkedin.com/in/max-roe-sandbox-insufficient-credits/",
    ]);
    const [unknown, insufficient] = revealIds as [string, string];
    expect(await app.dispatchAll()).toEqual(["sent", "sent"]);
    await app.deliverWebhooks();
    await waitFor(() => revealIds.every((id) => isSettled(db, id)), 5_000, "both webhooks");

    expect(providerRowsOf(db, insufficient).map((row) => [row.provider, row.status, row.charged])).toEqual([
      ["Clodura", "notFound", false],
      ["SignalHire", "notFound", false],
      ["Enrichlayer", "Insufficient Credits", false],
    ]);

    const view = getBatchView(db, batchId, sdr);
    expect(view.providers).toEqual([...sandboxProviders, "Kaspr"]);
    // Cut short by Clodura's credits: "unfinished" on its chip, in its own filter and in the export, not "not found".
    expect(view.counts).toMatchObject({ found: 1, not_found: 0, unfinished: 1, awaiting: 0 });
    const [kasprRow, creditsRow] = view.rows;
    expect(kasprRow).toMatchObject({ revealId: unknown, state: "found", firstName: "Jane", lastName: "Doe" });
    const kaspr = (sandboxRequestOf(db, unknown).payload as { people: [{ phoneNumbers: { Kaspr: { direct: string[] } } }] }).people[0].phoneNumbers.Kaspr;
    expect(kasprRow?.results.Kaspr).toEqual({
      status: "found",
      charged: true,
      numbers: [{ raw: kaspr.direct[0], e164: expect.stringMatching(/^\+\d+$/), international: expect.stringMatching(/^\+\d+( \d+)+$/), type: "direct" }],
    });
    expect(creditsRow).toMatchObject({ revealId: insufficient, state: "unfinished", credits: 0, errorMessage: expect.stringContaining("ran out of credits before every provider was asked") });
    expect(view.rows.filter(rowMatcher({ state: "not_found", search: "" }))).toEqual([]);
    expect(view.rows.filter(rowMatcher({ state: "unfinished", search: "" }))).toEqual([creditsRow]);
    const exported = exportBatchCsv(db, batchId, sdr, "spreadsheet", { state: "unfinished", search: "" });
    expect(exported.fileName).toMatch(/-unfinished\.csv$/);
    const lines = (await new Response(exported.body).text()).trim().split("\r\n");
    expect(lines).toHaveLength(2);
    expect(lines[1]).toMatch(/^Max,Roe,,https:\/\/www\.linkedin\.com\/in\/max-roe-sandbox-insufficient-credits\/,'?\d+,unfinished,/);
    expect(creditsRow?.results.Enrichlayer).toEqual({ status: "Insufficient Credits", numbers: [], charged: false });
    // Cells are keyed by provider; view.providers carries the waterfall order.
    expect(Object.keys(creditsRow?.results ?? {}).sort()).toEqual(["Clodura", "Enrichlayer", "SignalHire"]);
    // The batches list flags the unfinished row, and says what the list cost, as its page's "Spent" does.
    const [listed] = listBatches(db, sdr);
    expect(listed).toMatchObject({ id: batchId, found: 1, failed: 0, unfinished: 1, credits: view.cost.spent });
    expect(view.cost.spent).toBe(kasprRow?.credits);
    expect(view.cost.spent).toBeGreaterThan(0);
  });

  it("keeps unknown statuses and number kinds as Clodura sent them", async () => {
    const { db } = app;
    const sdr = app.createUser("sdr");
    const { batchId, revealIds } = app.createBatchFor(sdr, ["https://www.linkedin.com/in/ida-wu-sandbox-no-webhook/"]);
    await app.dispatchAll();
    const revealId = revealIds[0]!;
    const body = multiPayload(null, {
      Clodura: { status: "Rate Limited" },
      Lusha: { status: "found", office: ["+44 20 7946 0321"], mobile: ["+1 (415) 555-0108"] },
    });
    expect((await postJson(sandboxRequestOf(db, revealId).webhookUrl!, body)).status).toBe(200);

    const row = getBatchView(db, batchId, sdr).rows[0];
    expect(row?.state).toBe("found");
    expect(row?.results.Clodura).toEqual({ status: "Rate Limited", numbers: [], charged: false });
    expect(row?.results.Lusha?.numbers).toEqual([
      { raw: "+44 20 7946 0321", e164: "+442079460321", international: "+44 20 7946 0321", type: "office" },
      { raw: "+1 (415) 555-0108", e164: "+14155550108", international: "+1 415 555 0108", type: "mobile" },
    ]);
  });
});

describe("who may see a batch", () => {
  it("hides an SDR's batch from another SDR, and shows it to its owner, managers and admins", () => {
    const { db } = app;
    const owner = app.createUser("sdr");
    const otherSdr = app.createUser("sdr");
    const { batchId } = app.createBatchFor(owner, ["https://www.linkedin.com/in/private-person/"]);

    const refused = (() => {
      try {
        getBatchView(db, batchId, otherSdr);
      } catch (error) {
        return error;
      }
    })();
    expect(refused).toBeInstanceOf(AppError);
    expect(refused).toMatchObject({ code: "not_found" });
    expect(() => assertCanSeeBatch(db, batchId, otherSdr)).toThrow(AppError);
    expect(listBatches(db, otherSdr)).toEqual([]);

    for (const viewer of [owner, app.createUser("manager"), app.createUser("admin")]) {
      const view = getBatchView(db, batchId, viewer);
      expect(view).toMatchObject({ id: batchId, createdBy: owner.name, total: 1 });
      expect(view.rows).toHaveLength(1);
      expect(() => assertCanSeeBatch(db, batchId, viewer)).not.toThrow();
      expect(listBatches(db, viewer).map((batch) => batch.id)).toEqual([batchId]);
    }
  });

  it("answers an unknown batch id with not_found, whoever asks", () => {
    expect(() => getBatchView(app.db, "no-such-batch", app.createUser("admin"))).toThrow(expect.objectContaining({ code: "not_found" }));
  });
});

describe("a batch's rows, page by page", () => {
  it("pages through one batch in order, with the same rows and provider cells as the whole view, and nothing of other batches", async () => {
    const { db } = app;
    const sdr = app.createUser("sdr");
    const known = [profileUrl("page-known-a", { found: true }), profileUrl("page-known-b", { found: false })];
    const before = submit(db, sdr, known.map((url) => entryFor(url)));
    await revealNow(app, before.revealIds);
    const entries = [...known, ...Array.from({ length: 23 }, (_, i) => `https://www.linkedin.com/in/page-new-${i}/`)].map((url) => entryFor(url));
    const { batchId } = submit(db, sdr, entries);
    submit(db, sdr, [entryFor("https://www.linkedin.com/in/page-after-0/")]);

    const whole = getBatchView(db, batchId, sdr);
    expect(whole.rows).toHaveLength(25);
    expect(whole.more).toBeNull();
    expect(Object.keys(whole.rows[0]!.results).length).toBeGreaterThan(0);

    const first = getBatchView(db, batchId, sdr, { limit: 10 });
    expect(first.counts).toEqual(whole.counts);
    const pages: BatchRow[][] = [first.rows];
    for (let more = first.more; more !== null; ) {
      const page = getBatchPage(db, batchId, sdr, { after: more, limit: 10 });
      expect(Object.keys(page).sort()).toEqual(["more", "rows"]); // no recount of the whole batch per page
      pages.push(page.rows);
      more = page.more;
    }
    expect(pages.map((rows) => rows.length)).toEqual([10, 10, 5]);
    expect(pages.flat()).toEqual(whole.rows);
  });

  it("says there may be more after a full page, and an empty page after the last row ends it", () => {
    const sdr = app.createUser("sdr");
    const { batchId } = submit(app.db, sdr, [entryFor("https://www.linkedin.com/in/page-one/"), entryFor("https://www.linkedin.com/in/page-two/")]);
    const full = getBatchView(app.db, batchId, sdr, { limit: 2 });
    expect(full.rows).toHaveLength(2);
    expect(full.more).not.toBeNull();
    expect(getBatchPage(app.db, batchId, sdr, { after: full.more!, limit: 2 })).toEqual({ rows: [], more: null });
    expect(() => getBatchPage(app.db, batchId, app.createUser("sdr"), { after: full.more!, limit: 2 })).toThrow("does not exist");
  });

  it("refuses pages over 10,000 rows and counters that are not whole numbers", () => {
    expect(batchViewQuerySchema.parse({ after: "41", limit: "500" })).toEqual({ after: 41, limit: 500 });
    expect(batchViewQuerySchema.safeParse({ limit: "10001" }).error?.issues[0]?.message).toBe("Ask for at most 10,000 rows at a time.");
    expect(batchViewQuerySchema.safeParse({ limit: "0" }).success).toBe(false);
    expect(batchViewQuerySchema.safeParse({ since: "soon" }).error?.issues[0]?.message).toBe("use a whole number");
  });
});

describe("the list of batches", () => {
  it("lists the newest batches first, each with the progress of its own reveals", async () => {
    const { db } = app;
    const sdr = app.createUser("sdr");
    const at = (minute: number) => new Date(Date.UTC(2026, 10, 26, 9, minute));
    const oldest = submit(db, sdr, [entryFor("https://www.linkedin.com/in/list-oldest/")], { now: at(0) });
    const found = profileUrl("list-found", { found: true });
    const middle = submit(db, sdr, [entryFor(found), entryFor(profileUrl("list-missing", { found: false }))], { now: at(1) });
    await revealNow(app, [...oldest.revealIds, ...middle.revealIds]);
    const newest = submit(db, sdr, [entryFor(found)], { now: at(2) });

    const listed = listBatches(db, sdr, { limit: 2 });
    expect(listed.map((batch) => batch.id)).toEqual([newest.batchId, middle.batchId]);
    expect(listed[0]).toMatchObject({ total: 1, done: 1, found: 0, cached: 1 });
    expect(listed[1]).toMatchObject({ total: 2, done: 2, found: 1, cached: 0 });
    expect(listBatches(db, sdr).map((batch) => batch.id)).toEqual([newest.batchId, middle.batchId, oldest.batchId]);
  });

  it("pages back through every batch by cursor, with none lost or repeated among batches made in the same millisecond", () => {
    const { db } = app;
    const sdr = app.createUser("sdr");
    const now = new Date(Date.UTC(2026, 10, 26, 9, 0));
    const made = Array.from({ length: 7 }, (_, i) => submit(db, sdr, [entryFor(`https://www.linkedin.com/in/paged-${i}/`)], { now }).batchId);
    const seen: string[] = [];
    let before: BatchCursor | undefined;
    for (let page = 0; page < 4; page += 1) {
      const batches = listBatches(db, sdr, { limit: 3, before });
      seen.push(...batches.map((batch) => batch.id));
      if (batches.length < 3) break;
      before = parseBatchCursor(batchCursorOf(batches.at(-1)!))!;
    }
    expect(seen).toHaveLength(7);
    expect(new Set(seen)).toEqual(new Set(made));
    expect(seen).toEqual([...made].sort().reverse()); // same time: newest id (UUIDv7, later) first
    expect(parseBatchCursor("yesterday")).toBeNull();
  });
});
