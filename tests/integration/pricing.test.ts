import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { auditLog } from "@/db/schema";
import { listAudit, recordAudit } from "@/lib/credits/audit";
import { getBalanceSummary, readBalance } from "@/lib/credits/balance";
import { estimateCost } from "@/lib/credits/estimate";
import { getPricing, updatePricing } from "@/lib/settings/pricing";
import { pricingSchema } from "@/lib/settings/pricing-schema";
import { getSetting, setSetting } from "@/lib/settings/settings";
import { chargesOf, entryFor, profileUrl, submit } from "../support/reveal-flow";
import { isSettled } from "../support/inspect";
import { startTestApp, waitFor, type TestApp } from "../support/test-app";

let app: TestApp;

beforeEach(async () => {
  app = await startTestApp();
});
afterEach(async () => {
  await app.close();
});

describe("pricing settings", () => {
  it("saves the plan and price table and audits exactly what changed", () => {
    const admin = app.createUser("admin");
    const before = getPricing(app.db);
    updatePricing(app.db, admin.id, { plan: "payg", providerPrices: { ...before.providerPrices, Wiza: 11, NewProvider: 13 } });
    expect(getPricing(app.db)).toMatchObject({ plan: "payg", providerPrices: { Wiza: 11, NewProvider: 13 } });
    const entries = app.db.select().from(auditLog).all();
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ actorId: admin.id, action: "settings.changed", summary: "Pricing: plan max → payg, Wiza 15 → 11, NewProvider – → 13" });

    updatePricing(app.db, admin.id, { plan: "payg", providerPrices: getPricing(app.db).providerPrices });
    expect(app.db.select().from(auditLog).all()).toHaveLength(1);
  });

  it("refuses a price table naming one provider twice in different letter case", () => {
    const parsed = pricingSchema.safeParse({ plan: "max", providerPrices: { SignalHire: 12, signalhire: 20 } });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]?.message).toContain("listed twice");
    expect(pricingSchema.safeParse({ plan: "max", providerPrices: { SignalHire: 12, Kaspr: 17 } }).success).toBe(true);
  });

  it("lists audit entries newest first, in insertion order within the same millisecond", () => {
    const admin = app.createUser("admin");
    const at = new Date("2026-11-26T12:00:00.000Z");
    for (const summary of ["first", "second", "third", "fourth"]) {
      recordAudit(app.db, { actorId: admin.id, action: "settings.changed", subject: "pricing", summary, detail: {}, at });
    }
    expect(listAudit(app.db).entries.map((entry) => entry.summary)).toEqual(["fourth", "third", "second", "first"]);
  });

  it("warns when Clodura's balance answer belongs to another plan family than the setting", async () => {
    await readBalance(app.db, app.client);
    expect(getBalanceSummary(app.db).planMismatch).toBeNull();
    // The sandbox answered for Max (a pool); the setting now says Prospect.
    setSetting(app.db, "plan", "prospect");
    expect(getBalanceSummary(app.db).planMismatch).toContain("single credit pool");
  });

  it("charges and estimates by the plan family Clodura's webhook form shows when the setting is of the other family, and says so", async () => {
    const sdr = app.createUser("sdr");
    // Clodura answers Prospect accounts in the Standard form (the sandbox follows the plan when it is asked)…
    setSetting(app.db, "plan", "prospect");
    const standard = submit(app.db, sdr, [entryFor(profileUrl("plan-standard", { found: true, chargedBy: "Clodura" }))]);
    await app.dispatchAll();
    // …and the setting says Max by the time the answer arrives: the answer, not the setting, is Clodura's word.
    setSetting(app.db, "plan", "max");
    await app.deliverWebhooks();
    await waitFor(() => isSettled(app.db, standard.revealIds[0]!), 5_000, "the Standard-form webhook");
    expect(chargesOf(app.db, standard.revealIds[0]!)).toEqual([expect.objectContaining({ plan: "prospect", amount: 2 })]);
    expect(getPricing(app.db)).toMatchObject({ plan: "max", answeredIn: "standard" });
    // What is not charged yet is priced the same way: 2 credits a person, not the dearest provider's 20.
    expect(estimateCost(app.db, { newReveals: 10, viaPartners: true })).toMatchObject({ plan: "prospect", worstCase: 20 });
    // An admin editing only a price is not a word on the plan: estimates still follow Clodura's answer.
    await new Promise((resolve) => setTimeout(resolve, 5));
    const admin = app.createUser("admin");
    updatePricing(app.db, admin.id, { plan: "max", providerPrices: { ...getSetting(app.db, "providerPrices"), Wiza: 16 } });
    expect(estimateCost(app.db, { newReveals: 10, viaPartners: true })).toMatchObject({ plan: "prospect", worstCase: 20 });
    expect(getBalanceSummary(app.db).planMismatch).toBe(
      "Clodura's results come in the Standard form of Prospect plans, but the plan setting is Free Forever, Max or PAYG: they are charged as Prospect (1 phone + 1 export credit). An admin should set the plan in Settings.",
    );

    // An admin saving the plan after that answer is the newer word (an upgrade, say): estimates follow the setting again.
    await new Promise((resolve) => setTimeout(resolve, 5));
    setSetting(app.db, "plan", "payg");
    expect(estimateCost(app.db, { newReveals: 10, viaPartners: true })).toMatchObject({ plan: "payg", worstCase: 200 });

    // A Multi-Provider answer under the matching setting is charged by the price table, and the warning goes.
    const multi = submit(app.db, sdr, [entryFor(profileUrl("plan-multi", { found: true, chargedBy: "Clodura" }))]);
    await app.dispatchAll();
    await app.deliverWebhooks();
    await waitFor(() => isSettled(app.db, multi.revealIds[0]!), 5_000, "the Multi-Provider webhook");
    expect(chargesOf(app.db, multi.revealIds[0]!)).toEqual([expect.objectContaining({ plan: "payg", provider: "Clodura", amount: 10 })]);
    expect(getBalanceSummary(app.db).planMismatch).toBeNull();
    expect(getPricing(app.db).answeredIn).toBe("multi");
    expect(estimateCost(app.db, { newReveals: 10, viaPartners: true })).toMatchObject({ plan: "payg", worstCase: 200 });
  });
});
