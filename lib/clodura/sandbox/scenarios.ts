import {
  buildSandboxPayload,
  type SandboxNumber,
  type SandboxPayload,
  type SandboxPerson,
  type SandboxProviderAnswer,
} from "./build-payload";
import { hashPerson, makePersonId } from "./hash-person";
import { makePhoneNumber } from "./make-phone-number";
import { findSandboxKeyword, type SandboxKeyword } from "./scenario-table";

/** Waterfall order, as documented. */
export const sandboxProviders = ["Clodura", "SignalHire", "Enrichlayer", "Wiza", "LeadMagic", "RocketReach", "Findymail"] as const;

/** Credits charged per found number on Multi-Provider plans; Clodura only says "10–20, depending on the provider". */
export const sandboxProviderCosts: Readonly<Record<string, number>> = {
  Clodura: 10, SignalHire: 12, Enrichlayer: 14, Wiza: 15, LeadMagic: 16, RocketReach: 18, Findymail: 20, Kaspr: 17,
};
/** Prospect plans: 1 phone credit + 1 export credit. */
export const sandboxStandardCost = 2;

export type SandboxRejection =
  | { kind: "always"; status: 404 | 422; message: string }
  | { kind: "first-attempts"; status: 429 | 503; attempts: number; message: string; retryAfterSeconds: number | null }
  | { kind: "exhaust-balance"; status: 402; message: string };

export type SandboxRevealInput = {
  personKey: string;
  linkedinUrl?: string | null;
  personId?: string | null;
  viaPartners: boolean;
  form: "standard" | "multi";
  trackingId: string;
};

export type SandboxPlan = {
  keyword: SandboxKeyword | null;
  /** Set when the request should fail (possibly only for its first attempts); the rest of the plan applies otherwise. */
  rejection: SandboxRejection | null;
  payload: SandboxPayload;
  chargedProvider: string | null;
  cost: number;
  completeAfterMs: number;
  deliveryDelaysMs: number[];
};

const rejections: Partial<Record<SandboxKeyword, SandboxRejection>> = {
  "sandbox-402": { kind: "exhaust-balance", status: 402, message: "Credits exhausted" },
  "sandbox-429": { kind: "first-attempts", status: 429, attempts: 2, message: "Rate limit exceeded", retryAfterSeconds: 1 },
  "sandbox-500": { kind: "first-attempts", status: 503, attempts: 1, message: "Service temporarily unavailable", retryAfterSeconds: null },
  // As many tries as the app makes before it gives up (MAX_ATTEMPTS), to show a failure and its "try again".
  "sandbox-outage": { kind: "first-attempts", status: 503, attempts: 8, message: "Service temporarily unavailable", retryAfterSeconds: null },
  "sandbox-422": { kind: "always", status: 422, message: "linkedinUrl could not be processed" },
  "sandbox-404": { kind: "always", status: 404, message: "No result found" },
};

/** Decides everything about one reveal from the person alone, so the same person always gets the same outcome. */
export function planSandboxReveal(input: SandboxRevealInput): SandboxPlan {
  const slug = input.linkedinUrl ? slugOf(input.linkedinUrl) : "";
  const keyword = findSandboxKeyword(slug);
  const answers = runWaterfall(input.personKey, keyword, input.viaPartners);
  const found = answers.find((answer) => answer.status === "found") ?? null;
  const person: SandboxPerson = {
    personId: input.personId ?? makePersonId(input.personKey),
    ...nameFromSlug(keyword ? slug.replace(keyword, "") : slug),
  };
  const delay = 300 + (hashPerson(input.personKey, "delay") % 1201);
  return {
    keyword,
    rejection: keyword ? (rejections[keyword] ?? null) : null,
    payload: buildSandboxPayload(input.form, person, answers, input.trackingId),
    chargedProvider: found?.provider ?? null,
    cost: found ? (input.form === "standard" ? sandboxStandardCost : (sandboxProviderCosts[found.provider] ?? 15)) : 0,
    completeAfterMs: keyword === "sandbox-no-webhook" ? 1000 : delay,
    deliveryDelaysMs: planDeliveries(keyword, delay),
  };
}

function planDeliveries(keyword: SandboxKeyword | null, delay: number): number[] {
  if (keyword === "sandbox-no-webhook") return [];
  if (keyword === "sandbox-late-webhook") return [90_000];
  if (keyword === "sandbox-duplicate-webhook") return [delay, delay + 300];
  return [delay];
}

function runWaterfall(personKey: string, keyword: SandboxKeyword | null, viaPartners: boolean): SandboxProviderAnswer[] {
  if (keyword === "sandbox-unknown-provider") {
    const kaspr: SandboxProviderAnswer = { provider: "Kaspr", status: "found", numbers: [{ raw: makePhoneNumber(personKey, "Kaspr"), kind: "direct" }] };
    return [...sandboxProviders.map(notFound), kaspr];
  }
  if (keyword === "sandbox-insufficient-credits") {
    return [notFound("Clodura"), notFound("SignalHire"), { provider: "Enrichlayer", status: "Insufficient Credits", numbers: [] }];
  }
  if (keyword === "sandbox-providers-agree") return agreeingProviders(personKey, viaPartners);
  const answers: SandboxProviderAnswer[] = [];
  for (const provider of viaPartners ? sandboxProviders : (["Clodura"] as const)) {
    if (hashPerson(personKey, `${provider}:finds`) % 100 < 20) {
      answers.push({ provider, status: "found", numbers: makeNumbers(personKey, provider) });
      break; // the waterfall stops at the first provider that finds a number
    }
    answers.push(notFound(provider));
  }
  return answers;
}

/** Two providers that both find the same mobile, written differently, as real waterfalls sometimes report. */
function agreeingProviders(personKey: string, viaPartners: boolean): SandboxProviderAnswer[] {
  const shared = makePhoneNumber(personKey, "agreed");
  if (!viaPartners) return [{ provider: "Clodura", status: "found", numbers: [{ raw: shared, kind: "mobile" }] }];
  return [
    notFound("Clodura"),
    { provider: "SignalHire", status: "found", numbers: [{ raw: shared, kind: "mobile" }, { raw: makePhoneNumber(personKey, "SignalHire:2"), kind: "direct" }] },
    { provider: "Enrichlayer", status: "found", numbers: [{ raw: `+${shared.replace(/\D/g, "")}`, kind: "mobile" }] },
  ];
}

function notFound(provider: string): SandboxProviderAnswer {
  return { provider, status: "notFound", numbers: [] };
}

function makeNumbers(personKey: string, provider: string): SandboxNumber[] {
  const h = hashPerson(personKey, `${provider}:count`);
  const numbers: SandboxNumber[] = [{ raw: makePhoneNumber(personKey, `${provider}:1`), kind: "mobile" }];
  if (h % 4 === 0) numbers.push({ raw: makePhoneNumber(personKey, `${provider}:2`), kind: "mobile" });
  if (h % 3 === 0) numbers.push({ raw: makePhoneNumber(personKey, `${provider}:3`), kind: "direct" });
  return numbers;
}

function slugOf(linkedinUrl: string): string {
  const match = /\/in\/([^/?#]+)/i.exec(linkedinUrl);
  const segment = match?.[1] ?? linkedinUrl.split(/[?#]/)[0]?.split("/").filter(Boolean).pop() ?? "";
  try {
    return decodeURIComponent(segment).toLowerCase();
  } catch {
    return segment.toLowerCase();
  }
}

/**
 * jane-doe-123 → Jane Doe: words of letters only, so ids and keyword leftovers drop out, and so does the "sample" that
 * marks the demo list's made-up profiles (maya-patel-sample is Maya Patel).
 */
function nameFromSlug(slug: string): { firstName: string; lastName: string } {
  const words = slug.split(/[-_.\s]+/).filter((word) => /^\p{L}+$/u.test(word) && word !== "sample");
  const [first, ...rest] = words.map((word) => word.charAt(0).toUpperCase() + word.slice(1));
  if (!first) return { firstName: "Sample", lastName: "Person" };
  return { firstName: first, lastName: rest.join(" ") };
}
