import { describe, expect, it } from "vitest";
import { classifyHttpFailure, classifyNetworkFailure, failureCause, parseRetryAfter } from "./classify-failure";

const NOW = Date.parse("2026-01-15T10:00:00Z");
const json = new Headers({ "content-type": "application/json" });

describe("classifyHttpFailure", () => {
  it.each([400, 422])("marks %i invalid and quotes Clodura's message", (status) => {
    const failure = classifyHttpFailure(status, json, '{"message":"linkedinUrl is not a valid profile URL"}');
    expect(failure).toMatchObject({ kind: "invalid", status });
    expect(failure.message).toContain('Clodura said: "linkedinUrl is not a valid profile URL"');
  });

  it.each([
    ['{"error":"personId missing"}', "personId missing"],
    ['{"error":{"message":"bad webhookUrl"}}', "bad webhookUrl"],
    ['{"errors":[{"msg":"field required"}]}', "field required"],
    ["Bad Request", "Bad Request"],
  ])("reads the reason from %s", (body, reason) => {
    expect(classifyHttpFailure(400, json, body).message).toContain(`"${reason}"`);
  });

  it("never quotes a webhook token Clodura echoes back: the message reaches the batch page and its export", () => {
    const token = "Zx9_-abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG";
    const body = JSON.stringify({ message: `webhookUrl https://desk.example/api/webhooks/clodura/${token} is not reachable` });
    const message = classifyHttpFailure(400, json, body).message;
    expect(message).toContain("https://desk.example/api/webhooks/clodura/[redacted] is not reachable");
    expect(message).not.toContain(token);
  });

  it("leaves the quote out when the body says nothing", () => {
    expect(classifyHttpFailure(422, json, "").message).not.toContain("Clodura said");
    expect(classifyHttpFailure(400, json, "<html>oops</html>").message).not.toContain("Clodura said");
  });

  it("pauses on 401 with an API-key message that never echoes the body", () => {
    const failure = classifyHttpFailure(401, json, '{"message":"invalid key sk_live_123"}');
    expect(failure).toMatchObject({ kind: "pause", status: 401 });
    expect(failure.message).toMatch(/^Clodura rejected the API key/);
    expect(failure.message).not.toContain("sk_live_123");
  });

  it("pauses on 402 because credits are exhausted", () => {
    const failure = classifyHttpFailure(402, json, "{}");
    expect(failure).toMatchObject({ kind: "pause", status: 402 });
    expect(failure.message).toMatch(/^Clodura says the account's credits are exhausted/);
  });

  it("pauses on a JSON 403 as a plan problem", () => {
    const failure = classifyHttpFailure(403, json, '{"message":"Upgrade required"}');
    expect(failure).toMatchObject({ kind: "pause", status: 403 });
    expect(failure.message).toContain("plan may not include Reveal Phone");
    expect(failure.message).toContain("Upgrade required");
  });

  it.each([
    ["empty body", new Headers(), ""],
    ["HTML body", new Headers({ "content-type": "text/html" }), "<!DOCTYPE html><title>Just a moment...</title>"],
    ["cf-mitigated header", new Headers({ "cf-mitigated": "challenge" }), "{}"],
  ])("calls a 403 with %s a Cloudflare bot block", (_, headers, body) => {
    const failure = classifyHttpFailure(403, headers, body);
    expect(failure).toMatchObject({ kind: "pause", status: 403 });
    expect(failure.message).toContain("Cloudflare");
    expect(failure.message).toContain("not a plan problem");
  });

  it("completes a 404 as not found", () => {
    expect(classifyHttpFailure(404, json, "")).toMatchObject({ kind: "not_found", status: 404 });
  });

  it("retries a 429 after Retry-After seconds", () => {
    const failure = classifyHttpFailure(429, new Headers({ "retry-after": "30" }), "");
    expect(failure).toMatchObject({ kind: "retry", status: 429, retryAfterMs: 30_000 });
    expect(failure.message).toContain("once the 30 s Clodura asked for have passed");
  });

  it("retries a 429 after a Retry-After HTTP date", () => {
    const headers = new Headers({ "retry-after": "Thu, 15 Jan 2026 10:01:30 GMT" });
    expect(classifyHttpFailure(429, headers, "", NOW)).toMatchObject({ kind: "retry", status: 429, retryAfterMs: 90_000 });
  });

  it("retries a 429 without Retry-After with no delay hint", () => {
    expect(classifyHttpFailure(429, new Headers(), "")).toMatchObject({ kind: "retry", retryAfterMs: null });
  });

  it.each([500, 502, 503, 504])("retries a %i server error", (status) => {
    expect(classifyHttpFailure(status, new Headers(), "<html>Bad gateway</html>")).toMatchObject({ kind: "retry", status, retryAfterMs: null });
  });

  it("honours Retry-After on a 503", () => {
    expect(classifyHttpFailure(503, new Headers({ "retry-after": "5" }), "")).toMatchObject({ retryAfterMs: 5000 });
  });

  it.each([405, 409, 410, 413, 415])("treats an undocumented %i as invalid, naming the real status", (status) => {
    const failure = classifyHttpFailure(status, json, "");
    expect(failure).toMatchObject({ kind: "invalid", status: 400 });
    expect(failure.message).toContain(`HTTP ${status}`);
  });

  it("retries a redirect and points at the base URL", () => {
    const failure = classifyHttpFailure(301, new Headers({ location: "https://elsewhere.example/" }), "");
    expect(failure).toMatchObject({ kind: "retry", status: 301 });
    expect(failure.message).toContain("base URL");
  });
});

describe("parseRetryAfter", () => {
  it.each([
    ["0", 0],
    [" 7 ", 7000],
    ["1.5", 1500],
    ["Thu, 15 Jan 2026 10:00:10 GMT", 10_000],
    ["Thu, 15 Jan 2026 09:00:00 GMT", 0], // a date in the past means "now"
    ["Thursday, 15-Jan-26 10:00:20 GMT", 20_000],
    ["Thu Jan 15 10:00:05 2026", 5000],
    ["1 2", null],
    ["soon", null],
    ["-5", null],
    ["", null],
    [null, null],
  ])("reads %j as %j ms", (value, ms) => {
    expect(parseRetryAfter(value, NOW)).toBe(ms);
  });
});

describe("classifyNetworkFailure", () => {
  it("retries a timeout with status null", () => {
    const failure = classifyNetworkFailure(new DOMException("The operation was aborted due to timeout", "TimeoutError"));
    expect(failure).toMatchObject({ kind: "retry", status: null, retryAfterMs: null });
    expect(failure.message).toContain("did not answer in time");
  });

  it("retries a refused connection and names the cause code", () => {
    const error = new TypeError("fetch failed", { cause: Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:1"), { code: "ECONNREFUSED" }) });
    const failure = classifyNetworkFailure(error);
    expect(failure).toMatchObject({ kind: "retry", status: null });
    expect(failure.message).toContain("(ECONNREFUSED)");
  });

  it("says which failures may have reached Clodura: a response timeout, a connection cut after sending, a gateway timeout", () => {
    const cause = (code: string) => new TypeError("fetch failed", { cause: Object.assign(new Error(code), { code }) });
    expect(classifyNetworkFailure(new DOMException("timeout", "TimeoutError"))).toMatchObject({ mayHaveArrived: true });
    expect(classifyNetworkFailure(cause("ECONNRESET"))).toMatchObject({ mayHaveArrived: true });
    expect(classifyNetworkFailure(cause("UND_ERR_SOCKET"))).toMatchObject({ mayHaveArrived: true });
    expect(classifyNetworkFailure(cause("UND_ERR_CONNECT_TIMEOUT"))).toMatchObject({ mayHaveArrived: false });
    expect(classifyNetworkFailure(cause("ECONNREFUSED"))).toMatchObject({ mayHaveArrived: false });
    expect(classifyNetworkFailure(cause("ENOTFOUND"))).toMatchObject({ mayHaveArrived: false });
    const none = new Headers();
    expect(classifyHttpFailure(504, none, "")).toMatchObject({ kind: "retry", mayHaveArrived: true });
    expect(classifyHttpFailure(524, none, "")).toMatchObject({ kind: "retry", mayHaveArrived: true });
    expect(classifyHttpFailure(503, none, "")).toMatchObject({ kind: "retry", mayHaveArrived: false });
    expect(classifyHttpFailure(429, none, "")).toMatchObject({ kind: "retry", mayHaveArrived: false });
  });

  it("copes with things that are not errors", () => {
    expect(classifyNetworkFailure("boom")).toMatchObject({ kind: "retry", status: null });
    expect(classifyNetworkFailure(new DOMException("aborted", "AbortError")).message).toContain("(aborted)");
  });
});

describe("failureCause", () => {
  it("keeps what went wrong and drops the promise of another try", () => {
    expect(failureCause("Clodura had a server error (HTTP 503); the request will be sent again after a short wait.")).toBe("Clodura had a server error (HTTP 503)");
    expect(failureCause("Could not reach Clodura (ECONNREFUSED); the request will be retried. If it persists, check the Clodura base URL.")).toBe("Could not reach Clodura (ECONNREFUSED)");
    expect(failureCause("Clodura answered with a redirect (HTTP 302), which Reveal Desk does not follow.")).toBe("Clodura answered with a redirect (HTTP 302), which Reveal Desk does not follow");
  });
});
