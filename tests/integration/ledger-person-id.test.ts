import { eq } from "drizzle-orm";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { contacts } from "@/db/schema";
import { stopBatch } from "@/lib/reveals/stop-batch";
import { revealRow } from "../support/inspect";
import { entryFor, profileUrl, revealNow, submit } from "../support/reveal-flow";
import { startTestApp, type TestApp } from "../support/test-app";

let app: TestApp;

beforeEach(async () => {
  app = await startTestApp();
});
afterEach(async () => {
  await app.close();
});

describe("a personId names one person, whatever else the line has", () => {
  const personId = "2751275603503088159";
  const withUrl = (url: string) => ({ ...entryFor(url), personId });

  it("reveals once a list with the URL and personId on one line and the personId alone on another", async () => {
    const url = profileUrl("ledger-pid-same-list", { found: true });
    const b = submit(app.db, app.createUser("sdr"), [withUrl(url), entryFor(personId)]);
    expect(b).toMatchObject({ total: 2, queued: 1, attached: 1 });
    expect(await app.dispatchAll()).toHaveLength(1);
  });

  it("attaches a later list's URL-and-personId line to the reveal of the personId alone", async () => {
    const [sdrA, sdrB] = [app.createUser("sdr"), app.createUser("sdr")];
    const [aReveal] = submit(app.db, sdrA, [entryFor(personId)]).revealIds as [string];
    const b = submit(app.db, sdrB, [withUrl(profileUrl("ledger-pid-later", { found: true }))]);
    expect(b).toMatchObject({ queued: 0, attached: 1 });
    expect(revealRow(app.db, b.revealIds[0]!).sourceRevealId).toBe(aReveal);
  });

  it("remembers the URL a list gave beside a personId: that URL alone later is the same person, and so is the personId", async () => {
    const [sdrA, sdrB, sdrC] = [app.createUser("sdr"), app.createUser("sdr"), app.createUser("sdr")];
    const url = profileUrl("ledger-pid-then-url", { found: true });
    const [aReveal] = submit(app.db, sdrA, [entryFor(personId)]).revealIds as [string];
    expect(submit(app.db, sdrB, [withUrl(url)])).toMatchObject({ queued: 0, attached: 1 });

    const c = submit(app.db, sdrC, [entryFor(url), entryFor(personId)]);
    expect(c).toMatchObject({ total: 2, queued: 0, attached: 2 });
    expect(c.revealIds.map((id) => revealRow(app.db, id).sourceRevealId)).toEqual([aReveal, aReveal]);
    expect(app.db.select({ key: contacts.key, linkedinUrl: contacts.linkedinUrl }).from(contacts).all()).toEqual([{ key: entryFor(url).key, linkedinUrl: url }]);
    expect(await app.dispatchAll()).toHaveLength(1);
  });

  it("remembers it too when the personId alone came on an earlier line of the same list", async () => {
    const [sdrA, sdrB] = [app.createUser("sdr"), app.createUser("sdr")];
    const url = profileUrl("ledger-pid-same-chunk", { found: true });
    const a = submit(app.db, sdrA, [entryFor(personId), { ...withUrl(url), firstName: "Jane" }]);
    expect(a).toMatchObject({ total: 2, queued: 1, attached: 1 });
    expect(app.db.select({ key: contacts.key, firstName: contacts.firstName }).from(contacts).all()).toEqual([{ key: entryFor(url).key, firstName: "Jane" }]);
    expect(submit(app.db, sdrB, [entryFor(url)])).toMatchObject({ queued: 0, attached: 1 });
  });

  it("answers a URL-and-personId line from the personId's answer when the team knows the URL only as another contact", async () => {
    const [sam, jordan, morgan] = [app.createUser("sdr"), app.createUser("sdr"), app.createUser("manager")];
    const url = profileUrl("ledger-pid-known-url", { found: true });
    const [samsReveal] = submit(app.db, sam, [entryFor(personId)]).revealIds as [string];
    await revealNow(app, [samsReveal]);
    // Jordan's list names the URL alone and is stopped before it is sent: the URL is a contact of its own.
    const jordans = submit(app.db, jordan, [entryFor(url)]);
    await stopBatch(app.db, jordans.batchId, jordan);

    const morgans = submit(app.db, morgan, [withUrl(url)]);
    expect(morgans).toMatchObject({ queued: 0, cached: 1 });
    expect(revealRow(app.db, morgans.revealIds[0]!).sourceRevealId).toBe(samsReveal);
    // One contact holds the personId: People lists the person once.
    expect(app.db.select({ id: contacts.id }).from(contacts).where(eq(contacts.personId, personId)).all()).toHaveLength(1);
  });
});
