import { eq } from "drizzle-orm";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { users } from "@/db/schema";
import { subscribeEvents, type RevealEvent } from "@/lib/events/bus";
import { getBatchView } from "@/lib/reveals/get-batch";
import { setSetting } from "@/lib/settings/settings";
import { HOUR_MS } from "../support/credit-flow";
import { revealRow } from "../support/inspect";
import { answerAt, closeByTrack404, deliver, foundByFindymail, notFoundEverywhere, ranOutAtEnrichlayer, sendAt, type Sent } from "../support/late-answers";
import { chargesOf, entryFor, sandboxRequestCount, submit } from "../support/reveal-flow";
import { startTestApp, type TestApp } from "../support/test-app";

let app: TestApp;

beforeEach(async () => {
  app = await startTestApp();
});
afterEach(async () => {
  await app.close();
});

const foundByClodura = { Clodura: { status: "found", mobile: ["+1 415 555 0134"] } };

describe("a late number answers the people queued to be paid for since the reveal had no answer to reuse", () => {
  it("answers free a teammate's list queued after a reveal cut short by Clodura's credits, with the rows attached to it", async () => {
    const { db } = app;
    const [ana, sam, jordan] = [app.createUser("sdr"), app.createUser("sdr"), app.createUser("sdr")];
    const [sent] = (await sendAt(app, ana, ["cut-then-found"], Date.now() - 2 * HOUR_MS)) as [Sent];
    answerAt(app, sent, ranOutAtEnrichlayer, Date.now() - HOUR_MS);

    // Cut short is no answer to reuse: Sam's list is to be paid for, and Jordan's attaches to Sam's reveal.
    const sams = submit(db, sam, [entryFor(sent.url)]);
    expect(sams).toMatchObject({ queued: 1 });
    const jordans = submit(db, jordan, [entryFor(sent.url)]);
    expect(jordans).toMatchObject({ attached: 1 });

    const events: RevealEvent[] = [];
    const off = subscribeEvents((event) => events.push(event));
    expect(await deliver(sent, foundByFindymail)).toMatchObject({ outcome: "applied" });
    off();
    expect(revealRow(db, sams.revealIds[0]!)).toMatchObject({ state: "cached", sourceRevealId: sent.revealId, completedAt: expect.any(Date), errorCode: null });
    expect(revealRow(db, jordans.revealIds[0]!)).toMatchObject({ state: "cached", sourceRevealId: sent.revealId });
    for (const batchId of [sams.batchId, jordans.batchId]) expect(events).toContainEqual(expect.objectContaining({ type: "batch.updated", batchId }));

    // Nothing is left to send: the person was asked of Clodura once, and charged once, to Ana.
    expect(await app.dispatchAll()).toEqual([]);
    expect(sandboxRequestCount(db, sent.url)).toBe(1);
    expect(chargesOf(db, sams.revealIds[0]!)).toEqual([]);
    expect(chargesOf(db, sent.revealId)).toEqual([expect.objectContaining({ userId: ana.id, provider: "Findymail" })]);
    const row = getBatchView(db, sams.batchId, sam).rows[0]!;
    expect(row).toMatchObject({ state: "cached", credits: 0 });
    expect(row.results.Findymail).toMatchObject({ status: "found", numbers: [expect.objectContaining({ e164: "+14395700805" })] });
  });

  it("answers free a list asking partners that a Clodura-alone \"not found\" freed, once that reveal's number comes", async () => {
    const { db } = app;
    const [ana, jordan] = [app.createUser("sdr"), app.createUser("sdr")];
    const [sent] = (await sendAt(app, ana, ["alone-then-found"], Date.now() - 2 * HOUR_MS, { viaPartners: false })) as [Sent];
    const jordans = submit(db, jordan, [entryFor(sent.url)], { viaPartners: true });
    expect(jordans).toMatchObject({ attached: 1 });

    // Clodura alone found nothing: no answer for a list asking partners, so Jordan's becomes a reveal of its own.
    answerAt(app, sent, { Clodura: { status: "notFound" } }, Date.now() - HOUR_MS);
    expect(revealRow(db, jordans.revealIds[0]!)).toMatchObject({ state: "queued", sourceRevealId: null });

    expect(await deliver(sent, foundByClodura)).toMatchObject({ outcome: "applied" });
    expect(revealRow(db, jordans.revealIds[0]!)).toMatchObject({ state: "cached", sourceRevealId: sent.revealId });
    expect(await app.dispatchAll()).toEqual([]);
    expect(sandboxRequestCount(db, sent.url)).toBe(1);
  });

  it("leaves a rep's \"reveal again\", and a list asking partners when the late answer is a Clodura-alone \"not found\"", async () => {
    const { db } = app;
    const [ana, sam, jordan] = [app.createUser("sdr"), app.createUser("sdr"), app.createUser("sdr")];
    const [plain, alone] = (await sendAt(app, ana, ["plain-then-found", "alone-then-none"], Date.now() - 2 * HOUR_MS, { viaPartners: false })) as [Sent, Sent];
    answerAt(app, plain, notFoundEverywhere, Date.now() - HOUR_MS);
    // Sam pays for a new reveal of the "not found" by choice.
    const sams = submit(db, sam, [entryFor(plain.url, { revealAgain: true })], { viaPartners: false });
    expect(sams).toMatchObject({ queued: 1 });
    // Jordan's list asking partners attached to Ana's other reveal, freed when track's 404s closed it "not found".
    const jordans = submit(db, jordan, [entryFor(alone.url)], { viaPartners: true });
    expect(jordans).toMatchObject({ attached: 1 });
    await closeByTrack404(app, alone, Date.now() - HOUR_MS);
    expect(revealRow(db, jordans.revealIds[0]!)).toMatchObject({ state: "queued", sourceRevealId: null });

    expect(await deliver(plain, foundByClodura)).toMatchObject({ outcome: "applied" });
    expect(await deliver(alone, { Clodura: { status: "notFound" } })).toMatchObject({ outcome: "applied" });
    expect(revealRow(db, alone.revealId)).toMatchObject({ state: "not_found", errorCode: null });
    expect(revealRow(db, sams.revealIds[0]!)).toMatchObject({ state: "queued", revealAgain: true });
    expect(revealRow(db, jordans.revealIds[0]!)).toMatchObject({ state: "queued", sourceRevealId: null });
  });

  it("leaves a disabled person's queued list, and every list when the team reuses no answer (a 0-day window)", async () => {
    const { db } = app;
    const [ana, sam, jordan] = [app.createUser("sdr"), app.createUser("sdr"), app.createUser("sdr")];
    const [first, second] = (await sendAt(app, ana, ["cut-disabled", "cut-window-zero"], Date.now() - 2 * HOUR_MS)) as [Sent, Sent];
    for (const sent of [first, second]) answerAt(app, sent, ranOutAtEnrichlayer, Date.now() - HOUR_MS);
    const sams = submit(db, sam, [entryFor(first.url)]);
    const jordans = submit(db, jordan, [entryFor(second.url)]);
    expect([sams.queued, jordans.queued]).toEqual([1, 1]);

    db.update(users).set({ disabledAt: new Date() }).where(eq(users.id, sam.id)).run();
    expect(await deliver(first, foundByFindymail)).toMatchObject({ outcome: "applied" });
    expect(revealRow(db, sams.revealIds[0]!).state).toBe("queued");

    setSetting(db, "freshnessDays", 0);
    expect(await deliver(second, foundByFindymail)).toMatchObject({ outcome: "applied" });
    expect(revealRow(db, jordans.revealIds[0]!).state).toBe("queued");
  });
});
