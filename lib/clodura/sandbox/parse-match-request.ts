import { z } from "zod";

export type SandboxMatchRequest = {
  personKey: string;
  personId: string | null;
  linkedinUrl: string | null;
  viaPartners: boolean;
  webhookUrl: string | null;
};

export type ParsedMatchRequest = { ok: true; value: SandboxMatchRequest } | { ok: false; status: 400 | 422; message: string };

const bodySchema = z.object({
  personId: z.string("personId must be a string of digits").trim().regex(/^\d+$/, "personId must be a string of digits").optional(),
  linkedinUrl: z.string("linkedinUrl must be a string").trim().min(1, "linkedinUrl must not be empty").optional(),
  revealPhoneNumberViaPartners: z.boolean("revealPhoneNumberViaPartners must be true or false").optional(),
  webhookUrl: z
    .string("webhookUrl must be an http(s) URL")
    .trim()
    .refine((url) => /^https?:\/\//i.test(url) && URL.canParse(url), "webhookUrl must be an http(s) URL")
    .optional(),
});

/** Validates a match body the way Clodura documents it; failures carry Clodura's status and message. */
export function parseSandboxMatchRequest(text: string): ParsedMatchRequest {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, status: 400, message: "Request body must be valid JSON" };
  }
  if (typeof json !== "object" || json === null || Array.isArray(json)) {
    return { ok: false, status: 400, message: "Request body must be a JSON object" };
  }
  const parsed = bodySchema.safeParse(json);
  if (!parsed.success) return { ok: false, status: 400, message: parsed.error.issues[0]?.message ?? "Invalid request body" };
  const body = parsed.data;
  if (!body.personId && !body.linkedinUrl) return { ok: false, status: 400, message: "personId or linkedinUrl is required" };
  const viaPartners = body.revealPhoneNumberViaPartners ?? false;
  if (viaPartners && !body.webhookUrl) {
    return { ok: false, status: 400, message: "webhookUrl is required when revealPhoneNumberViaPartners is true" };
  }
  // Sales Navigator, company pages and other non-profile URLs are not supported by Clodura.
  if (body.linkedinUrl && !/^https?:\/\/([a-z]+\.)?linkedin\.com\/in\/[^/?#]+/i.test(body.linkedinUrl)) {
    return { ok: false, status: 422, message: "linkedinUrl could not be processed" };
  }
  const personKey = body.linkedinUrl ? normalizeProfileUrl(body.linkedinUrl) : `pid:${body.personId}`;
  return {
    ok: true,
    value: {
      personKey,
      personId: body.personId ?? null,
      linkedinUrl: body.linkedinUrl ?? null,
      viaPartners,
      webhookUrl: body.webhookUrl ?? null,
    },
  };
}

/** Same person, same key: lowercase, no query or fragment, no trailing slash. */
export function normalizeProfileUrl(url: string): string {
  return url.trim().toLowerCase().replace(/[?#].*$/, "").replace(/\/+$/, "");
}
