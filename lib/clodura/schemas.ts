import { z } from "zod";
import { UNREADABLE_STATUS } from "./provider-status";

/**
 * Ids arrive as strings, or as numbers when a caller skipped parseCloduraJson; an unsafe integer has already lost
 * digits, so it becomes null rather than a wrong id. Never fails: an odd id must not cost us the numbers.
 */
const idSchema = z.unknown().optional().transform((id): string | null => {
  if (typeof id === "string") return id.trim() === "" ? null : id.trim();
  return typeof id === "number" && Number.isSafeInteger(id) ? String(id) : null;
});

const nameSchema = z.string().nullish().catch(null).transform((name): string | null => name ?? null);

/** Immediate answer to POST …/phone/match. Lenient: an odd field must not turn an accepted request into a failure. */
export const matchResponseSchema = z.looseObject({
  trackingId: idSchema.transform((id) => id ?? undefined),
  status: z.string().optional().catch(undefined),
});
export type MatchResponse = z.infer<typeof matchResponseSchema>;

export const standardPhoneSchema = z.looseObject({
  raw_number: z.union([z.string().trim().min(1), z.number()]).transform(String),
  type: z.string().optional().catch(undefined),
  source: z.string().optional().catch(undefined),
});

/** Webhook, Standard form (Prospect plans): a phoneNumbers array, no trackingId documented. */
export const standardResultSchema = z.looseObject({
  trackingId: z.string().nullish().catch(null),
  personId: idSchema,
  firstName: nameSchema,
  lastName: nameSchema,
  // Lenient per number: one entry without a number must not cost the others. An explicit null is "no numbers"; a
  // missing list is not this form at all (an envelope or a pending answer may look like a bare person otherwise).
  // A list none of whose entries is readable is not "no numbers": it is a shape we do not know, kept raw, not applied.
  phoneNumbers: z.union([z.array(z.unknown()), z.null()]).transform((items, ctx) => {
    const numbers = (items ?? []).flatMap((item) => standardPhoneSchema.safeParse(item).data ?? []);
    if (items && items.length > 0 && numbers.length === 0) ctx.addIssue({ code: "custom", message: "no readable phone number in the list" });
    return numbers;
  }),
});
export type StandardResult = z.infer<typeof standardResultSchema>;

const phoneTextSchema = z.union([z.string(), z.number().transform(String)]);

/** One provider's answer: `status` plus number kinds (`mobile`, `direct`, unknown ones too) holding one or many strings. */
export const providerAnswerSchema = z
  .object({ status: z.string() })
  .catchall(z.union([z.array(phoneTextSchema), phoneTextSchema, z.null()]));
export type ProviderAnswer = z.infer<typeof providerAnswerSchema>;

/**
 * One malformed provider entry must not cost the other providers' answers (nor a found number): an entry that does
 * not fit keeps its status if it has one, and the number fields, or array items, that are phone numbers.
 */
function readProviderAnswer(value: unknown): ProviderAnswer {
  const parsed = providerAnswerSchema.safeParse(value);
  if (parsed.success) return parsed.data;
  if (typeof value !== "object" || value === null || Array.isArray(value)) return { status: UNREADABLE_STATUS };
  const entry = value as Record<string, unknown>;
  const answer: ProviderAnswer = { status: typeof entry.status === "string" ? entry.status : UNREADABLE_STATUS };
  for (const [kind, field] of Object.entries(entry)) {
    if (kind === "status") continue;
    const items = (Array.isArray(field) ? field : [field]).flatMap((item) => phoneTextSchema.safeParse(item).data ?? []);
    if (items.length > 0) answer[kind] = items;
  }
  return answer;
}

export const multiPersonSchema = z.looseObject({
  personId: idSchema,
  firstName: nameSchema,
  lastName: nameSchema,
  phoneNumbers: z.record(z.string(), z.unknown().transform(readProviderAnswer)),
});
export type MultiPerson = z.infer<typeof multiPersonSchema>;

/** Webhook, Multi-Provider form (Free Forever, Max, PAYG): one record of providers per person. */
export const multiResultSchema = z.looseObject({
  trackingId: z.string().nullish().catch(null),
  status: z.string().nullish().catch(null),
  people: z.array(multiPersonSchema).min(1),
});
export type MultiResult = z.infer<typeof multiResultSchema>;

/** Counts arrive as numbers or digit strings (`"maxContacts":"1000"`). */
const countSchema = z.union([z.number(), z.string().trim().regex(/^\d+$/).transform(Number)]);

const poolCreditsSchema = z
  .object({ remainingCredits: countSchema })
  .transform((credits) => ({ kind: "pool" as const, ...credits }));

const prospectCreditsSchema = z
  .object({
    contactsView: countSchema,
    maxContacts: countSchema,
    directDials: countSchema.optional(),
    maxDirectDials: countSchema.optional(),
  })
  .transform((credits) => ({ kind: "prospect" as const, ...credits }));

/** GET /api/v1/credits: a single pool (Free Forever, Max, PAYG) or Prospect counters; `kind` tells them apart. */
export const creditsResponseSchema = z.union([poolCreditsSchema, prospectCreditsSchema]);
export type CreditsResponse = z.infer<typeof creditsResponseSchema>;

/** GET …/track/{id}: shape undocumented (§3), so only the fields a poller may display are read, and none is required. */
export const trackResponseSchema = z.looseObject({
  trackingId: z.string().optional().catch(undefined),
  status: z.string().optional().catch(undefined),
});
export type TrackResponse = z.infer<typeof trackResponseSchema>;
