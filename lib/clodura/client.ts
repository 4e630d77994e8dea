import "server-only";
import { parseCloduraJson } from "./parse-json";
import { creditsResponseSchema, matchResponseSchema, type CreditsResponse, type MatchResponse } from "./schemas";
import { sendCloduraRequest, type HttpExchange } from "./send-request";
import type { CloduraFailure } from "./types";

export type CloduraClientOptions = {
  baseUrl: string;
  apiKey: string;
  timeoutMs?: number;
  fetchImpl?: typeof fetch;
};

export type MatchPhoneInput = {
  personId?: string | null;
  linkedinUrl?: string | null;
  revealPhoneNumberViaPartners: boolean;
  webhookUrl: string;
};

export type CloduraResponse<T> =
  | { ok: true; status: number; body: T; rawBody: string }
  | { ok: false; failure: CloduraFailure; rawBody: string | null };

export type CloduraClient = {
  matchPhone(input: MatchPhoneInput): Promise<CloduraResponse<MatchResponse>>;
  /** body is whatever JSON Clodura sent (null when the 2xx body was empty or not JSON); read it with parseRevealResult. */
  track(trackingId: string): Promise<CloduraResponse<unknown>>;
  credits(): Promise<CloduraResponse<CreditsResponse>>;
};

const MATCH_PATH = "/api/v1/search/people/phone/match";
const TRACK_PATH = "/api/v1/search/people/track/";
const CREDITS_PATH = "/api/v1/credits";
const TRACK_NOT_FOUND = "Clodura has no result for this tracking id (HTTP 404): no phone number was located, or the id is unknown.";
const CREDITS_NOT_FOUND =
  "This Clodura plan has no balance endpoint (HTTP 404), so Reveal Desk cannot read the credit balance; its cost figures stay estimates.";

export function createCloduraClient({
  baseUrl,
  apiKey,
  timeoutMs = 10_000,
  fetchImpl = fetch,
}: CloduraClientOptions): CloduraClient {
  const config = { baseUrl, apiKey, timeoutMs, fetchImpl };
  return {
    async matchPhone(input) {
      const body = buildMatchBody(input);
      if (typeof body === "string") return { ok: false, failure: { kind: "invalid", status: 400, message: body }, rawBody: null };
      return readMatchResponse(await sendCloduraRequest(config, "POST", MATCH_PATH, body));
    },
    async track(trackingId) {
      const exchange = await sendCloduraRequest(config, "GET", TRACK_PATH + encodeURIComponent(trackingId));
      if (!exchange.ok) return withNotFoundMessage(exchange, TRACK_NOT_FOUND);
      const json = readJson(exchange);
      if (!json.ok && json.failure.kind === "retry") return { ok: false, failure: json.failure, rawBody: exchange.text };
      // The pending shape is undocumented: an empty or plain-text 2xx means "not ready yet", kept raw for the caller.
      return { ok: true, status: exchange.status, body: json.ok ? json.value : null, rawBody: exchange.text };
    },
    async credits() {
      const exchange = await sendCloduraRequest(config, "GET", CREDITS_PATH);
      const decode = (json: unknown): CreditsResponse | null => creditsResponseSchema.safeParse(json).data ?? null;
      const response = decodeBody(exchange, decode, "a credits balance");
      return response.ok ? response : withNotFoundMessage(response, CREDITS_NOT_FOUND);
    },
  };
}

/** The request body, or a sentence saying why it cannot be sent. Null identifiers are omitted, not sent as null. */
function buildMatchBody(input: MatchPhoneInput): Record<string, unknown> | string {
  const personId = input.personId?.trim() || null;
  const linkedinUrl = input.linkedinUrl?.trim() || null;
  const webhookUrl = input.webhookUrl.trim();
  if (personId === null && linkedinUrl === null) {
    return "A Clodura personId or a LinkedIn profile URL is needed to find the person; neither was given.";
  }
  if (input.revealPhoneNumberViaPartners && webhookUrl === "") {
    return "Revealing via partners needs a webhook URL for Clodura's answer; none was given.";
  }
  return {
    ...(personId === null ? {} : { personId }),
    ...(linkedinUrl === null ? {} : { linkedinUrl }),
    revealPhoneNumberViaPartners: input.revealPhoneNumberViaPartners,
    ...(webhookUrl === "" ? {} : { webhookUrl }),
  };
}

/**
 * Any 2xx but a Cloudflare page means Clodura took the request: it will charge and call the webhook, so the reveal
 * waits for it even when the body has no trackingId to poll with (or is not JSON at all). Failing it instead would
 * throw away the answer Clodura is about to send.
 */
function readMatchResponse(exchange: HttpExchange): CloduraResponse<MatchResponse> {
  if (!exchange.ok) return exchange;
  const json = readJson(exchange);
  if (!json.ok && json.failure.kind === "retry") return { ok: false, failure: json.failure, rawBody: exchange.text };
  const body = (json.ok ? matchResponseSchema.safeParse(json.value).data : undefined) ?? { trackingId: undefined };
  return { ok: true, status: exchange.status, body, rawBody: exchange.text };
}

/**
 * Choice: a 2xx HTML page is a Cloudflare challenge, so `retry` with the 2xx status; any other unreadable 2xx is
 * `invalid` with status 422 ("unprocessable"), since the type has no 2xx invalid and retrying could double-charge.
 */
function decodeBody<T>(
  exchange: HttpExchange,
  decode: (json: unknown) => T | null,
  expected: string,
): CloduraResponse<T> {
  if (!exchange.ok) return exchange;
  const json = readJson(exchange);
  const body = json.ok ? decode(json.value) : null;
  if (body !== null) return { ok: true, status: exchange.status, body, rawBody: exchange.text };
  return { ok: false, failure: json.ok ? unreadable(exchange.status, expected) : json.failure, rawBody: exchange.text };
}

type JsonRead = { ok: true; value: unknown } | { ok: false; failure: CloduraFailure };

function readJson(exchange: Extract<HttpExchange, { ok: true }>): JsonRead {
  try {
    return { ok: true, value: parseCloduraJson(exchange.text) };
  } catch {
    const contentType = exchange.headers.get("content-type") ?? "";
    const isHtml = contentType.includes("html") || exchange.text.trimStart().startsWith("<");
    if (!isHtml) return { ok: false, failure: unreadable(exchange.status, "JSON") };
    const message = `Clodura answered HTTP ${exchange.status} with an HTML page instead of JSON, most likely a Cloudflare challenge; the request will be retried.`;
    return { ok: false, failure: { kind: "retry", status: exchange.status, retryAfterMs: null, message } };
  }
}

function unreadable(status: number, expected: string): CloduraFailure {
  const message = `Clodura answered HTTP ${status}, but the body is not ${expected}. The raw answer is kept; Clodura's API may have changed.`;
  return { kind: "invalid", status: 422, message };
}

function withNotFoundMessage<T>(
  response: Extract<CloduraResponse<T>, { ok: false }>,
  message: string,
): CloduraResponse<T> {
  return response.failure.kind === "not_found" ? { ...response, failure: { ...response.failure, message } } : response;
}
