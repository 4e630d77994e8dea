import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { readBalance } from "@/lib/credits/balance";
import { balanceHeadroom } from "@/lib/credits/balance-headroom";
import { getBalanceView } from "@/lib/credits/balance-runway";
import { balanceShortfall } from "@/lib/credits/balance-shortfall";
import { setBudget } from "@/lib/credits/budgets";
import { worstCasePrice } from "@/lib/credits/prices";
import { checkProfiles, checkProfilesRequestSchema } from "@/lib/reveals/check-profiles";
import { listPendingApprovals } from "@/lib/reveals/list-approvals";
import { getSetting, setSetting } from "@/lib/settings/settings";
import { revealByTrack, sumCredits, trackOnlyUrl } from "../support/credit-flow";
import { chargesOf, entryFor, profileUrl, revealNow, submit } from "../support/reveal-flow";
import { startTestApp, type TestApp } from "../support/test-app";

let app: TestApp;

beforeEach(async () => {
  app = await startTestApp();
});
afterEach(async () => {
  await app.close();
});

const people = (prefix: string, count: number, found = true) => Array.from({ length: count }, (_, index) => entryFor(profileUrl(`${prefix}-${index}`, { found })));
const check = (prefix: string, count: number) => checkProfiles(app.db, checkProfilesRequestSchema.parse({ keys: people(prefix, count).map((entry) => entry.key), viaPartners: true }));
/** What the upload and paste pages decide from a check's answer. */
const shortfallOf = (answer: ReturnType<typeof check>, charged: number) =>
  balanceShortfall(answer.balance, charged, answer.estimate.foundRate, { worstCase: charged * answer.estimate.worstCasePerReveal, expected: Math.round(charged * answer.estimate.foundRate * answer.estimate.averagePrice) });

describe("what Clodura's balance can still take", () => {
  it("is the last reading less what was charged since, with the reveals in flight reserved at their worst case", async () => {
    const { db, client } = app;
    expect(balanceHeadroom(db)).toBeNull();
    setSetting(db, "sandboxBalance", 300);
    const reading = await readBalance(db, client);
    const sdr = app.createUser("sdr");
    const answered = submit(db, sdr, people("headroom-answered", 3));
    await revealNow(app, answered.revealIds);
    const spent = sumCredits(answered.revealIds.flatMap((id) => chargesOf(db, id)));
    expect(spent).toBeGreaterThan(0);

    // Three sent but not yet answered: each may still be charged the dearest provider's price.
    submit(db, sdr, people("headroom-in-flight", 3));
    const worstEach = worstCasePrice(getSetting(db, "plan"), getSetting(db, "providerPrices"), true);
    const headroom = balanceHeadroom(db);
    expect(headroom).toEqual({ unit: "credits", readAt: reading.at, left: 300 - spent, reserved: 3 * worstEach });
    // The estimate of what Clodura has left is what it says when asked again.
    expect((await readBalance(db, client)).remaining).toBe(headroom!.left);

    const available = headroom!.left - headroom!.reserved;
    const fits = Math.floor(available / worstEach);
    expect(shortfallOf(check("headroom-fits", fits), fits)).toBeNull();
    const tooMany = check("headroom-too-many", fits + 1);
    expect(tooMany.balance).toMatchObject({ unit: "credits", left: 300 - spent, reserved: 3 * worstEach });
    expect(shortfallOf(tooMany, fits + 1)).toMatchObject({ worstCase: (fits + 1) * worstEach, likely: false });
    // Expected to use more than is left, not only at worst.
    const many = fits * 4 + 4;
    expect(shortfallOf(check("headroom-many", many), many)).toMatchObject({ likely: true });
  });

  it("counts phone credits on a Prospect plan: one per found number, one reserved per reveal in flight", async () => {
    const { db, client } = app;
    setSetting(db, "plan", "prospect");
    const reading = await readBalance(db, client);
    const sdr = app.createUser("sdr");
    const answered = submit(db, sdr, [...people("headroom-p-found", 2), ...people("headroom-p-none", 1, false)]);
    await revealNow(app, answered.revealIds);
    submit(db, sdr, people("headroom-p-in-flight", 4));

    expect(balanceHeadroom(db)).toEqual({ unit: "phone credits", readAt: reading.at, left: reading.remaining! - 2, reserved: 4 });
    const available = reading.remaining! - 2 - 4;
    const answer = check("headroom-p-list", 1);
    expect(shortfallOf(answer, available)).toBeNull();
    expect(shortfallOf(answer, available + 1)).toMatchObject({ unit: "phone credits", worstCase: available + 1 });
  });

  it("is weighed again when a manager looks at a held list: one that could empty it says so, a small one does not", async () => {
    const { db, client } = app;
    setSetting(db, "sandboxBalance", 200);
    await readBalance(db, client);
    const [manager, sdr] = [app.createUser("manager"), app.createUser("sdr")];
    setBudget(db, manager.id, { subject: sdr.id, period: "month" }, 1);
    const small = submit(db, sdr, people("headroom-held-small", 2));
    const big = submit(db, sdr, people("headroom-held-big", 15));

    const waiting = new Map(listPendingApprovals(db).map((item) => [item.batchId, item]));
    expect(waiting.get(small.batchId)).toMatchObject({ held: 2, balance: null });
    // Held reveals are not in flight: only the list's own worst case (15 × 20) is weighed against the 200 left.
    expect(waiting.get(big.batchId)).toMatchObject({ held: 15, balance: { unit: "credits", left: 200, reserved: 0, worstCase: 300 } });
  });

  it("lasts what is left over the last 7 days' spend per day; an older charge does not set the pace", async () => {
    const { db, client } = app;
    setSetting(db, "sandboxBalance", 1_000);
    const sdr = app.createUser("sdr");
    await revealByTrack(app, sdr, [trackOnlyUrl("runway-old", true)], new Date(Date.now() - 10 * 86_400_000));
    const reading = await readBalance(db, client);
    expect(getBalanceView(db).runway).toBeNull();

    const recent = submit(db, sdr, people("runway-recent", 3));
    await revealNow(app, recent.revealIds);
    const spent = sumCredits(recent.revealIds.flatMap((id) => chargesOf(db, id)));
    expect(spent).toBeGreaterThan(0);
    expect(getBalanceView(db).runway).toEqual({ perDay: Math.round((spent / 7) * 10) / 10, paceDays: 7, days: Math.floor((reading.remaining! - spent) / (spent / 7)) });
  });

  it("takes a team's first days' pace over those days only: one busy first day does not read as a seventh of a week's", async () => {
    const { db, client } = app;
    setSetting(db, "sandboxBalance", 1_000);
    const sdr = app.createUser("sdr");
    const reading = await readBalance(db, client);
    const first = submit(db, sdr, people("runway-first-day", 3));
    await revealNow(app, first.revealIds);
    const spent = sumCredits(first.revealIds.flatMap((id) => chargesOf(db, id)));
    expect(spent).toBeGreaterThan(0);
    expect(getBalanceView(db).runway).toEqual({ perDay: spent, paceDays: 1, days: Math.floor((reading.remaining! - spent) / spent) });
    // Two and a half days after the first charge, the pace is over those 2.5 days (said as 3), not over 3 whole ones.
    const later = getBalanceView(db, new Date(Date.now() + 2.5 * 86_400_000)).runway;
    expect(later).toMatchObject({ paceDays: 3 });
    expect(later!.perDay).toBeCloseTo(spent / 2.5, 0);
  });
});
