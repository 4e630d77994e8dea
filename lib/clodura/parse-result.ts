import { toPhoneNumber } from "../phones/format-phone";
import {
  multiPersonSchema,
  standardResultSchema,
  type MultiPerson,
  type ProviderAnswer,
  type StandardResult,
} from "./schemas";
import type { PhoneNumber, ProviderOutcome, ProviderStatus, RevealResult } from "./types";

/** Where a Standard result has no `source`, the number came from Clodura's own database. */
const DEFAULT_PROVIDER = "Clodura";
const ENVELOPE_KEYS = ["data", "result"] as const;
const MAX_ENVELOPE_DEPTH = 4;
/**
 * Statuses meaning "not finished", on an envelope or on any one provider: the answer may be partial (a provider still
 * asking could yet find a number, and be charged for it), so it is not a result yet.
 */
const IN_PROGRESS = /^(pending|processing|queued|in[ _-]?progress|running|started|waiting)\b/i;

type Context = { trackingId: string | null };
/** What findResult says of a body Clodura is still working on: not a result yet, and not malformed either. */
const STILL_WORKING = Symbol("still working");
type Reading = RevealResult | typeof STILL_WORKING | null;
/** "N/A", "-", "unknown": a placeholder without a digit is no number, so an answer holding only these has none to call. */
const HAS_DIGIT = /\d/;

/** A finished reveal result from any form or envelope Clodura might send, or null when it is not (yet) one. */
export function parseRevealResult(body: unknown): RevealResult | null {
  const reading = readRevealAnswer(body);
  return reading === "still_working" ? null : reading;
}

/** As parseRevealResult, but says "still_working" when Clodura says so (an in-progress status, or a provider still asking). */
export function readRevealAnswer(body: unknown): RevealResult | "still_working" | null {
  const reading = findResult(body, { trackingId: null }, 0);
  return reading === STILL_WORKING ? "still_working" : reading;
}

/** Whether any provider sent a number: a "found" with none gives a rep nothing to call. */
export function hasAnyNumber(result: RevealResult): boolean {
  return result.providers.some((outcome) => outcome.numbers.length > 0);
}

/** The provider Clodura charged: the first "found" in payload order, or null when none found a number. */
export function firstFoundProvider(result: RevealResult): string | null {
  const found = result.providers.filter((outcome) => outcome.status === "found");
  found.sort((a, b) => a.position - b.position);
  return found[0]?.provider ?? null;
}

function findResult(node: unknown, outer: Context, depth: number): Reading {
  if (Array.isArray(node)) return findResult(node[0], outer, depth + 1);
  if (!isRecord(node) || depth > MAX_ENVELOPE_DEPTH) return null;
  if (typeof node.status === "string" && IN_PROGRESS.test(node.status.trim())) return STILL_WORKING;
  const context: Context = { trackingId: readTrackingId(node) ?? outer.trackingId };

  const standard = standardResultSchema.safeParse(node);
  if (standard.success) return toStandardResult(standard.data, context);
  const person = multiPersonSchema.safeParse(node);
  if (person.success) return toMultiResult(person.data, context);
  // One reveal asks for one person: another person's answer further down the list is not this one's.
  if (Array.isArray(node.people)) return findResult(node.people[0], context, depth + 1);

  for (const key of ENVELOPE_KEYS) {
    const inner = findResult(node[key], context, depth + 1);
    if (inner !== null) return inner;
  }
  return null;
}

function toStandardResult(body: StandardResult, context: Context): RevealResult {
  const byProvider = new Map<string, PhoneNumber[]>();
  for (const phone of body.phoneNumbers) {
    const provider = phone.source?.trim() || DEFAULT_PROVIDER;
    const numbers = byProvider.get(provider) ?? [];
    // An entry without a number ("N/A") is still its source's find, which Clodura charges for: the source stays found.
    if (HAS_DIGIT.test(phone.raw_number)) numbers.push(toPhoneNumber(phone.raw_number, phone.type?.trim() || "unknown"));
    byProvider.set(provider, numbers);
  }
  const providers: ProviderOutcome[] = [...byProvider].map(([provider, numbers], position) => ({
    provider,
    status: "found",
    numbers,
    position,
  }));
  if (providers.length === 0) providers.push({ provider: DEFAULT_PROVIDER, status: "notFound", numbers: [], position: 0 });
  return { form: "standard", ...readPerson(body, context), providers };
}

/**
 * The documented statuses in their documented spelling, however Clodura cases or spaces them ("Found", "not found",
 * "insufficient credits"): the charge, the ledger and the pause go by them. Any other status is kept as sent.
 */
const KNOWN_STATUSES = new Map<string, ProviderStatus>([
  ["found", "found"],
  ["notfound", "notFound"],
  ["insufficientcredits", "Insufficient Credits"],
]);

function knownStatus(status: string): ProviderStatus {
  return KNOWN_STATUSES.get(status.replace(/[\s_-]+/g, "").toLowerCase()) ?? status;
}

/** An empty provider record is a placeholder, not an answer, and one with a provider still in progress is partial: null. */
function toMultiResult(person: MultiPerson, context: Context): Reading {
  // A provider still asking makes the answer partial, unless one already found a number or ran out of credits: the
  // waterfall stops there, and that answer is charged (or cut short) whatever the rest say.
  const answers = Object.values(person.phoneNumbers);
  const stopped = answers.some((answer) => ["found", "Insufficient Credits"].includes(knownStatus(answer.status)));
  if (!stopped && answers.some((answer) => IN_PROGRESS.test(answer.status.trim()))) return STILL_WORKING;
  const providers = Object.entries(person.phoneNumbers).map(
    ([provider, answer], position): ProviderOutcome => ({
      provider,
      status: knownStatus(answer.status),
      numbers: readNumbers(answer),
      position,
    }),
  );
  if (providers.length === 0) return null;
  return { form: "multi", ...readPerson(person, context), providers };
}

function readNumbers(answer: ProviderAnswer): PhoneNumber[] {
  return Object.entries(answer).flatMap(([kind, value]) => {
    if (kind === "status" || value === null) return [];
    const raws = typeof value === "string" ? [value] : value;
    return raws.filter((raw) => HAS_DIGIT.test(raw)).map((raw) => toPhoneNumber(raw, kind));
  });
}

function readPerson(person: StandardResult | MultiPerson, context: Context): Omit<RevealResult, "form" | "providers"> {
  return {
    trackingId: context.trackingId,
    personId: person.personId,
    firstName: person.firstName,
    lastName: person.lastName,
  };
}

function readTrackingId(node: Record<string, unknown>): string | null {
  return typeof node.trackingId === "string" && node.trackingId.trim() !== "" ? node.trackingId.trim() : null;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
