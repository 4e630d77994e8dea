import "server-only";
import { classifyHttpFailure, classifyNetworkFailure } from "./classify-failure";
import { redactSecrets } from "./redact-secrets";
import type { CloduraFailure } from "./types";

/** Clodura sits behind Cloudflare, which is kinder to a named client than to a runtime's default agent. */
export const USER_AGENT = "RevealDesk/0.1 (+https://github.com/reveal-desk)";

export type CloduraRequestConfig = {
  baseUrl: string;
  apiKey: string;
  timeoutMs: number;
  fetchImpl: typeof fetch;
};

/** A 2xx answer with its text, or a classified failure. Texts never contain the API key. */
export type HttpExchange =
  | { ok: true; status: number; headers: Headers; text: string }
  | { ok: false; failure: CloduraFailure; rawBody: string | null };

export async function sendCloduraRequest(
  config: CloduraRequestConfig,
  method: "GET" | "POST",
  path: string,
  body?: Record<string, unknown>,
): Promise<HttpExchange> {
  const apiKey = config.apiKey.trim();
  if (!isHeaderSafe(apiKey)) return { ok: false, failure: MISSING_KEY_FAILURE, rawBody: null };
  const { fetchImpl } = config;
  try {
    const response = await fetchImpl(joinUrl(config.baseUrl, path), {
      method,
      headers: {
        "X-API-KEY": apiKey,
        "Content-Type": "application/json",
        Accept: "application/json",
        "User-Agent": USER_AGENT,
      },
      body: body === undefined ? null : JSON.stringify(body),
      // A followed redirect would carry X-API-KEY to whatever host Location names.
      redirect: "manual",
      cache: "no-store", // Next's patched fetch must never serve a balance or a pending result from its data cache
      signal: AbortSignal.timeout(config.timeoutMs),
    });
    const text = redactSecrets(await response.text(), apiKey);
    if (response.ok) return { ok: true, status: response.status, headers: response.headers, text };
    const failure = classifyHttpFailure(response.status, response.headers, text);
    return { ok: false, failure: redactFailure(failure, apiKey), rawBody: text };
  } catch (error) {
    return { ok: false, failure: redactFailure(classifyNetworkFailure(error), apiKey), rawBody: null };
  }
}

const MISSING_KEY_FAILURE: CloduraFailure = {
  kind: "pause",
  status: 401,
  message:
    "No usable Clodura API key is configured (it is empty or contains characters not allowed in an HTTP header). " +
    "Sending is paused until an admin sets the key in the server's CLODURA_API_KEY, restarts, and resumes.",
};

/** Printable ASCII only: a pasted line break would make fetch throw with the key in its error message. */
function isHeaderSafe(value: string): boolean {
  return /^[\x21-\x7e](?:[\x20-\x7e]*[\x21-\x7e])?$/.test(value);
}

function joinUrl(baseUrl: string, path: string): string {
  return `${baseUrl.trim().replace(/\/+$/, "")}${path}`;
}

function redactFailure(failure: CloduraFailure, apiKey: string): CloduraFailure {
  return { ...failure, message: redactSecrets(failure.message, apiKey) };
}
