import { parsePhoneNumberFromString } from "libphonenumber-js/max";
import { describe, expect, it } from "vitest";
import type { SandboxMultiPayload, SandboxStandardPayload } from "./build-payload";
import { planSandboxReveal, sandboxProviders, type SandboxRevealInput } from "./scenarios";
import { MAX_ATTEMPTS } from "@/lib/reveals/dispatch";
import { findSandboxKeyword, formatSandboxScenarioTable, sandboxKeywords, sandboxScenarioTable } from "./scenario-table";

const trackingId = "69c25b4178ded0e4ebfc4772";

function input(slug: string, overrides: Partial<SandboxRevealInput> = {}): SandboxRevealInput {
  const linkedinUrl = `https://www.linkedin.com/in/${slug}`;
  return { personKey: linkedinUrl, linkedinUrl, viaPartners: true, form: "multi", trackingId, ...overrides };
}

function multi(slug: string, overrides: Partial<SandboxRevealInput> = {}): SandboxMultiPayload {
  return planSandboxReveal(input(slug, { form: "multi", ...overrides })).payload as SandboxMultiPayload;
}

function providersOf(payload: SandboxMultiPayload): Record<string, { status: string; mobile?: string[]; direct?: string[] }> {
  const person = payload.people[0];
  if (!person) throw new Error("no person in payload");
  return person.phoneNumbers;
}

const people = Array.from({ length: 400 }, (_, i) => `person-${i}-x${i * 7}`);

describe("planSandboxReveal", () => {
  it("gives the same person the same outcome every time", () => {
    for (const slug of people.slice(0, 20)) {
      expect(planSandboxReveal(input(slug))).toEqual(planSandboxReveal(input(slug)));
      expect(planSandboxReveal(input(slug, { form: "standard" }))).toEqual(planSandboxReveal(input(slug, { form: "standard" })));
    }
  });

  it("builds the Multi-Provider form: waterfall order, stops at the first find, ~20% per provider", () => {
    let foundCount = 0;
    for (const slug of people) {
      const payload = multi(slug);
      expect(payload).toMatchObject({ trackingId, status: "success" });
      const answers = Object.entries(providersOf(payload));
      expect(answers.map(([name]) => name)).toEqual(sandboxProviders.slice(0, answers.length));
      const firstFound = answers.findIndex(([, answer]) => answer.status === "found");
      if (firstFound === -1) expect(answers).toHaveLength(sandboxProviders.length);
      else expect(firstFound).toBe(answers.length - 1);
      if (answers[0]?.[1].status === "found") foundCount += 1;
    }
    expect(foundCount / people.length).toBeGreaterThan(0.12);
    expect(foundCount / people.length).toBeLessThan(0.28);
  });

  it("asks only Clodura without partners", () => {
    for (const slug of people.slice(0, 50)) expect(Object.keys(providersOf(multi(slug, { viaPartners: false })))).toEqual(["Clodura"]);
  });

  it("invents numbers that parse to valid E.164 in mixed raw formats, mostly mobile", () => {
    const raws: string[] = [];
    const kinds = { mobile: 0, direct: 0 };
    for (const slug of people) {
      for (const answer of Object.values(providersOf(multi(slug)))) {
        raws.push(...(answer.mobile ?? []), ...(answer.direct ?? []));
        kinds.mobile += answer.mobile?.length ?? 0;
        kinds.direct += answer.direct?.length ?? 0;
      }
    }
    expect(raws.length).toBeGreaterThan(100);
    for (const raw of raws) expect(parsePhoneNumberFromString(raw)?.isValid(), raw).toBe(true);
    expect(new Set(raws.map((raw) => raw.replace(/\d/g, "9"))).size).toBeGreaterThanOrEqual(5);
    expect(raws.some((raw) => raw.startsWith("+44"))).toBe(true);
    expect(kinds.direct).toBeGreaterThan(0);
    expect(kinds.mobile).toBeGreaterThan(kinds.direct);
  });

  it("builds the Standard form without trackingId, sourced clodura or partner", () => {
    const sources = new Set<string>();
    for (const slug of people.slice(0, 200)) {
      const plan = planSandboxReveal(input(slug, { form: "standard" }));
      const payload = plan.payload as SandboxStandardPayload;
      expect(payload).not.toHaveProperty("trackingId");
      expect(Object.keys(payload).sort()).toEqual(["firstName", "lastName", "personId", "phoneNumbers"]);
      if (plan.chargedProvider === null) expect(payload.phoneNumbers).toEqual([]);
      else expect(plan.cost).toBe(2);
      for (const number of payload.phoneNumbers) sources.add(number.source);
    }
    expect([...sources].sort()).toEqual(["clodura", "partner"]);
  });

  it("charges 10–20 credits by provider in the Multi form, nothing when not found", () => {
    for (const slug of people.slice(0, 100)) {
      const plan = planSandboxReveal(input(slug));
      if (plan.chargedProvider === null) expect(plan.cost).toBe(0);
      else expect(plan.cost).toBeGreaterThanOrEqual(10);
      expect(plan.cost).toBeLessThanOrEqual(20);
    }
  });

  it("derives names from the slug and a 19-digit string personId above 2^53", () => {
    const plan = planSandboxReveal(input("jane-doe-123"));
    const person = (plan.payload as SandboxMultiPayload).people[0];
    expect(person).toMatchObject({ firstName: "Jane", lastName: "Doe" });
    // The demo list's made-up profiles are marked "-sample": not part of the name.
    expect((planSandboxReveal(input("maya-patel-sample")).payload as SandboxMultiPayload).people[0]).toMatchObject({ firstName: "Maya", lastName: "Patel" });
    expect(person?.personId).toMatch(/^27\d{17}$/);
    expect(BigInt(person?.personId ?? "0") > 2n ** 53n).toBe(true);
    const byId = planSandboxReveal({ personKey: "pid:2751275603503088159", personId: "2751275603503088159", viaPartners: false, form: "standard", trackingId });
    expect(byId.payload).toMatchObject({ personId: "2751275603503088159", firstName: "Sample", lastName: "Person" });
  });

  it("plans one webhook after 300–1500 ms, completing the track at the same moment", () => {
    for (const slug of people.slice(0, 50)) {
      const plan = planSandboxReveal(input(slug));
      expect(plan.deliveryDelaysMs).toEqual([plan.completeAfterMs]);
      expect(plan.completeAfterMs).toBeGreaterThanOrEqual(300);
      expect(plan.completeAfterMs).toBeLessThanOrEqual(1500);
      expect(plan.rejection).toBeNull();
    }
  });
});

describe("sandbox keywords", () => {
  it("adds an unknown provider Kaspr with a direct number", () => {
    const plan = planSandboxReveal(input("jane-doe-sandbox-unknown-provider", { viaPartners: false }));
    const answers = providersOf(plan.payload as SandboxMultiPayload);
    expect(Object.keys(answers)).toEqual([...sandboxProviders, "Kaspr"]);
    expect(answers.Kaspr?.status).toBe("found");
    expect(answers.Kaspr?.direct).toHaveLength(1);
    expect(plan).toMatchObject({ chargedProvider: "Kaspr", cost: 17 });
    const standard = planSandboxReveal(input("jane-doe-sandbox-unknown-provider", { form: "standard" })).payload;
    expect((standard as SandboxStandardPayload).phoneNumbers).toEqual([expect.objectContaining({ type: "direct", source: "partner" })]);
  });

  it("stops the waterfall at Insufficient Credits", () => {
    const plan = planSandboxReveal(input("jane-doe-sandbox-insufficient-credits"));
    expect(providersOf(plan.payload as SandboxMultiPayload)).toEqual({
      Clodura: { status: "notFound" },
      SignalHire: { status: "notFound" },
      Enrichlayer: { status: "Insufficient Credits" },
    });
    expect(plan.cost).toBe(0);
    const standard = planSandboxReveal(input("jane-doe-sandbox-insufficient-credits", { form: "standard" }));
    expect((standard.payload as SandboxStandardPayload).phoneNumbers).toEqual([]);
  });

  it("has two providers agree on one mobile, written two ways, and charges the first", () => {
    const plan = planSandboxReveal(input("jane-doe-sandbox-providers-agree"));
    const answers = providersOf(plan.payload as SandboxMultiPayload);
    expect(Object.keys(answers)).toEqual(["Clodura", "SignalHire", "Enrichlayer"]);
    const [signalHire, enrichlayer] = [answers.SignalHire!.mobile![0]!, answers.Enrichlayer!.mobile![0]!];
    expect(enrichlayer.replace(/\D/g, "")).toBe(signalHire.replace(/\D/g, ""));
    expect(answers.SignalHire?.direct).toHaveLength(1);
    expect(plan).toMatchObject({ chargedProvider: "SignalHire", cost: 12 });
    const alone = planSandboxReveal(input("jane-doe-sandbox-providers-agree", { viaPartners: false }));
    expect(providersOf(alone.payload as SandboxMultiPayload)).toEqual({ Clodura: { mobile: [signalHire], status: "found" } });
  });

  it("plans duplicate, late and missing webhooks", () => {
    const duplicate = planSandboxReveal(input("a-sandbox-duplicate-webhook"));
    expect(duplicate.deliveryDelaysMs).toEqual([duplicate.completeAfterMs, duplicate.completeAfterMs + 300]);
    const late = planSandboxReveal(input("a-sandbox-late-webhook"));
    expect(late.deliveryDelaysMs).toEqual([90_000]);
    expect(late.completeAfterMs).toBeLessThanOrEqual(1500);
    expect(planSandboxReveal(input("a-sandbox-no-webhook"))).toMatchObject({ deliveryDelaysMs: [], completeAfterMs: 1000 });
  });

  it("marks the failing keywords with their rejection, and keeps the keyword out of the name", () => {
    expect(planSandboxReveal(input("jane-doe-sandbox-402")).rejection).toMatchObject({ kind: "exhaust-balance", status: 402 });
    expect(planSandboxReveal(input("jane-doe-sandbox-429")).rejection).toMatchObject({ status: 429, attempts: 2, retryAfterSeconds: 1 });
    expect(planSandboxReveal(input("jane-doe-sandbox-500")).rejection).toMatchObject({ status: 503, attempts: 1 });
    expect(planSandboxReveal(input("jane-doe-sandbox-outage")).rejection).toMatchObject({ status: 503, attempts: MAX_ATTEMPTS });
    expect(planSandboxReveal(input("jane-doe-sandbox-422")).rejection).toMatchObject({ kind: "always", status: 422 });
    expect(planSandboxReveal(input("jane-doe-sandbox-404")).rejection).toMatchObject({ kind: "always", status: 404 });
    expect(planSandboxReveal(input("jane-doe-sandbox-404")).payload).toMatchObject({ people: [{ firstName: "Jane", lastName: "Doe" }] });
  });

  it("documents every keyword in the scenario table", () => {
    expect(sandboxScenarioTable.map((row) => row.keyword)).toEqual([...sandboxKeywords]);
    for (const row of sandboxScenarioTable) expect(findSandboxKeyword(row.example)).toBe(row.keyword);
    expect(formatSandboxScenarioTable().split("\n")).toHaveLength(sandboxKeywords.length + 2);
  });
});
