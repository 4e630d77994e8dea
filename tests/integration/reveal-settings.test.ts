import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { auditLog } from "@/db/schema";
import { getRevealSettings, updateRevealSettings } from "@/lib/settings/reveal-settings";
import { revealSettingsSchema } from "@/lib/settings/reveal-settings-schema";
import { getSetting } from "@/lib/settings/settings";
import { entryFor, profileUrl, revealNow, submit } from "../support/reveal-flow";
import { startTestApp, type TestApp } from "../support/test-app";

let app: TestApp;

beforeEach(async () => {
  app = await startTestApp();
});
afterEach(async () => {
  await app.close();
});

const DEFAULTS = { freshnessDays: 90, rateLimitPerSecond: 5, sendsPerMinute: 0, sendsPerDay: 0, reconcileAfterSeconds: 60, balanceCheckMinutes: 10 };

describe("reveal settings", () => {
  it("starts from the defaults, saves what changed, and audits exactly that", async () => {
    const admin = app.createUser("admin");
    expect(getRevealSettings(app.db)).toEqual({ ...DEFAULTS, defaults: DEFAULTS });

    await updateRevealSettings(app.db, admin.id, { ...DEFAULTS, freshnessDays: 30, rateLimitPerSecond: 1.5 });
    expect(getRevealSettings(app.db)).toMatchObject({ ...DEFAULTS, freshnessDays: 30, rateLimitPerSecond: 1.5 });
    expect(getSetting(app.db, "freshnessDays")).toBe(30);
    const entries = app.db.select().from(auditLog).all();
    expect(entries).toEqual([
      expect.objectContaining({
        actorId: admin.id,
        action: "settings.changed",
        subject: "reveals",
        summary: "Reveal settings: freshness window 90 → 30 days, send rate 5 → 1.5/s",
        detail: { before: { freshnessDays: 90, rateLimitPerSecond: 5 }, after: { freshnessDays: 30, rateLimitPerSecond: 1.5 } },
      }),
    ]);

    await updateRevealSettings(app.db, admin.id, { ...DEFAULTS, freshnessDays: 30, rateLimitPerSecond: 1.5 });
    expect(app.db.select().from(auditLog).all()).toHaveLength(1);
  });

  it("names a send limit of 0 as no limit in the history", async () => {
    const admin = app.createUser("admin");
    await updateRevealSettings(app.db, admin.id, { ...DEFAULTS, sendsPerMinute: 100, sendsPerDay: 2_000 });
    await updateRevealSettings(app.db, admin.id, { ...DEFAULTS, sendsPerMinute: 100 });
    expect(app.db.select({ summary: auditLog.summary }).from(auditLog).all().map((entry) => entry.summary)).toEqual([
      "Reveal settings: send limit a minute no limit → 100, send limit a day no limit → 2,000",
      "Reveal settings: send limit a day 2,000 → no limit",
    ]);
  });

  it("refuses values the dispatcher or the ledger cannot use, with a message naming the field", () => {
    const problem = (patch: Partial<typeof DEFAULTS>) => revealSettingsSchema.safeParse({ ...DEFAULTS, ...patch }).error?.issues[0]?.message;
    expect(problem({ freshnessDays: 1.5 })).toBe("The freshness window is a whole number of days.");
    expect(problem({ freshnessDays: -1 })).toBe("The freshness window cannot be negative.");
    expect(problem({ freshnessDays: 3651 })).toBe("The freshness window is at most 3,650 days (10 years).");
    expect(problem({ rateLimitPerSecond: 0 })).toBe("Send at least 0.1 requests a second.");
    expect(problem({ rateLimitPerSecond: 101 })).toBe("Send at most 100 requests a second.");
    expect(problem({ sendsPerMinute: -1 })).toBe("The minute's send limit cannot be negative (0: no limit).");
    expect(problem({ sendsPerDay: 2.5 })).toBe("The day's send limit is a whole number of requests.");
    expect(problem({ reconcileAfterSeconds: 86_401 })).toBe("The webhook wait is at most 86,400 seconds (a day).");
    expect(problem({ balanceCheckMinutes: 0 })).toBe("Read the balance at most once a minute.");
    expect(problem({})).toBeUndefined();
  });

  it("a freshness window of 0 sends a person revealed a moment ago to Clodura again", async () => {
    const [admin, sdrA, sdrB] = [app.createUser("admin"), app.createUser("sdr"), app.createUser("sdr")];
    const url = profileUrl("settings-freshness", { found: true });
    await revealNow(app, submit(app.db, sdrA, [entryFor(url)]).revealIds);
    expect(submit(app.db, sdrB, [entryFor(url)])).toMatchObject({ cached: 1, queued: 0 });

    await updateRevealSettings(app.db, admin.id, { ...DEFAULTS, freshnessDays: 0 });
    expect(submit(app.db, sdrB, [entryFor(url)])).toMatchObject({ cached: 0, queued: 1 });
  });
});
