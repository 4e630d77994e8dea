import { redactSecrets } from "./redact-secrets";
import type { CloduraFailure } from "./types";

const MAX_DETAIL_LENGTH = 200;

/** Maps a non-2xx answer to what the dispatcher should do, with a sentence an admin can act on. */
export function classifyHttpFailure(
  status: number,
  headers: Headers,
  bodyText: string,
  nowMs: number = Date.now(),
): CloduraFailure {
  const cloduraSaid = readCloduraMessage(bodyText);
  const detail = cloduraSaid === null ? null : redactSecrets(cloduraSaid);
  const said = detail === null ? "" : ` Clodura said: "${detail}".`;
  if (status === 400 || status === 422) {
    const message = `Clodura rejected the request as invalid (HTTP ${status}).${said} Check the person's LinkedIn URL or Clodura id, then submit again.`;
    return { kind: "invalid", status, message };
  }
  if (status === 401) {
    const message = "Clodura rejected the API key (HTTP 401). Sending is paused until an admin checks the key in the server's CLODURA_API_KEY (current and active in the Clodura account), restarts, and resumes.";
    return { kind: "pause", status, message };
  }
  if (status === 402) {
    const message = "Clodura says the account's credits are exhausted (HTTP 402). Sending is paused until an admin adds credits in the Clodura account and resumes.";
    return { kind: "pause", status, message };
  }
  if (status === 403) return classifyForbidden(headers, bodyText, said);
  if (status === 404) {
    const message = `Clodura found no result (HTTP 404): no phone number could be located for this person.${said}`;
    return { kind: "not_found", status, message };
  }
  if (status === 429 || status >= 500) return classifyRetryable(status, headers, nowMs);
  if (status >= 400) {
    const message = `Clodura refused the request with HTTP ${status}.${said} The reveal was not processed.`;
    return { kind: "invalid", status: 400, message };
  }
  const message =
    status >= 300 && status < 400
      ? `Clodura answered with a redirect (HTTP ${status}), which Reveal Desk does not follow so the API key is never sent elsewhere. Check that the Clodura base URL is https://api.clodura.ai.`
      : `Clodura answered with an unexpected HTTP ${status}; the request will be retried.`;
  return { kind: "retry", status, retryAfterMs: null, message };
}

/** Timeouts, DNS, refused or reset connections: nothing was answered, so try again later. */
export function classifyNetworkFailure(error: unknown): CloduraFailure {
  const name = error instanceof Error || error instanceof DOMException ? error.name : "";
  const code = readErrorCode(error);
  if (name === "TimeoutError" || code === "UND_ERR_CONNECT_TIMEOUT" || code === "ETIMEDOUT") {
    const message = "Clodura did not answer in time; the request will be retried. If timeouts persist, check Clodura's status or raise the timeout.";
    // A connection never made carried nothing; a request sent and then waited on may be in Clodura's hands.
    return { kind: "retry", status: null, retryAfterMs: null, message, mayHaveArrived: code !== "UND_ERR_CONNECT_TIMEOUT" };
  }
  const reason = code ?? (name === "AbortError" ? "aborted" : "network error");
  const message = `Could not reach Clodura (${reason}); the request will be retried. If it persists, check the Clodura base URL and this server's outbound network access.`;
  return { kind: "retry", status: null, retryAfterMs: null, message, mayHaveArrived: typeof code === "string" && CUT_AFTER_SENDING.has(code) };
}

/** Retry-After is either delay-seconds or an HTTP date; anything else is ignored. */
export function parseRetryAfter(value: string | null, nowMs: number = Date.now()): number | null {
  const text = value?.trim() ?? "";
  if (text === "") return null;
  if (/^\d+(\.\d+)?$/.test(text)) return Math.round(Number(text) * 1000);
  // Only HTTP-date shapes (weekday first, a clock time): Date.parse alone accepts "-5" or "1 2" as dates.
  if (!/^[A-Za-z]{3,9},? .*\d{2}:\d{2}:\d{2}/.test(text)) return null;
  const dateMs = Date.parse(/\b(GMT|UTC)\b/i.test(text) ? text : `${text} GMT`); // asctime has no zone; HTTP means GMT
  return Number.isNaN(dateMs) ? null : Math.max(0, dateMs - nowMs);
}

/** Connections that broke after the request may have gone out. */
const CUT_AFTER_SENDING = new Set(["ECONNRESET", "UND_ERR_SOCKET", "EPIPE"]);
/**
 * Answers after which Clodura may have the request and still be working on it: its own server error part-way (500),
 * or a gateway that passed the request on and lost the answer: a timeout (504, Cloudflare's 524), a bad answer (502),
 * Cloudflare's "unknown error" (520). A 503 or Cloudflare's 521–523 mean it never got there.
 */
const GATEWAY_TIMEOUTS = new Set([500, 502, 504, 520, 524]);

function classifyRetryable(status: number, headers: Headers, nowMs: number): CloduraFailure {
  const retryAfterMs = parseRetryAfter(headers.get("retry-after"), nowMs);
  // No "in N s": the message stays on the row for as long as it waits, which a pause can make much longer.
  const when = retryAfterMs === null ? "after a short wait" : `once the ${Math.ceil(retryAfterMs / 1000)} s Clodura asked for have passed`;
  const message =
    status === 429
      ? `Clodura's rate limit was reached (HTTP 429); the request will be sent again ${when}. If this keeps happening, an admin can lower the send rate in Settings.`
      : `Clodura had a server error (HTTP ${status}); the request will be sent again ${when}.`;
  return { kind: "retry", status, retryAfterMs, message, mayHaveArrived: GATEWAY_TIMEOUTS.has(status) };
}

/** Cloudflare answers bot blocks with 403 and an empty or HTML body; Clodura's own 403s are JSON. */
function classifyForbidden(headers: Headers, bodyText: string, said: string): CloduraFailure {
  const isHtml = (headers.get("content-type") ?? "").includes("html") || bodyText.trimStart().startsWith("<");
  const message =
    bodyText.trim() === "" || isHtml || headers.has("cf-mitigated")
      ? "Clodura's Cloudflare front blocked the request (HTTP 403 with an empty or HTML body): most likely a bot block on this server, not a plan problem. Wait a while before resuming the queue; if it persists, ask Clodura support to allow this server's IP address."
      : `Clodura refused the request (HTTP 403): the account's plan may not include Reveal Phone, or the request lacks required details.${said} Sending is paused until an admin checks the Clodura plan and resumes.`;
  return { kind: "pause", status: 403, message };
}

/** Clodura's own explanation from `{"message"}`, `{"error"}`, `{"detail"}` or `{"errors":[…]}`, or short plain text. */
function readCloduraMessage(bodyText: string): string | null {
  const text = bodyText.trim();
  if (text === "" || text.startsWith("<")) return null;
  let body: unknown = text;
  try {
    body = JSON.parse(text);
  } catch {
    // not JSON: plain text is its own message
  }
  const oneLine = pickMessage(body)?.replace(/\s+/g, " ").trim() ?? "";
  if (oneLine === "") return null;
  return oneLine.length > MAX_DETAIL_LENGTH ? `${oneLine.slice(0, MAX_DETAIL_LENGTH - 1)}…` : oneLine;
}

function pickMessage(value: unknown): string | null {
  if (typeof value === "string") return value;
  if (Array.isArray(value)) return pickMessage(value[0]);
  if (typeof value !== "object" || value === null) return null;
  const record = value as Record<string, unknown>;
  for (const key of ["message", "error", "detail", "errors", "msg"]) {
    const found = pickMessage(record[key]);
    if (found !== null) return found;
  }
  return null;
}

function readErrorCode(error: unknown): string | null {
  let current: unknown = error;
  for (let depth = 0; depth < 3 && typeof current === "object" && current !== null; depth++) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === "string" && code !== "") return code;
    current = (current as { cause?: unknown }).cause;
  }
  return null;
}

/**
 * What went wrong, without the promise of another try a retryable failure's message ends with: for the row's final
 * message once no try is left ("… after 8 tries (last: Clodura had a server error (HTTP 503))").
 */
export function failureCause(message: string): string {
  return message.split(/; the request will be /)[0]!.replace(/\.$/, "");
}
