import { describe, expect, it } from "vitest";
import { newNonce, pagePolicy, strictTransportSecurity } from "./page-policy";

describe("a page's policy", () => {
  it("lets scripts run only with the response's nonce, and keeps the limits every response has", () => {
    const policy = pagePolicy("abc123", { development: false });
    expect(policy).toContain("script-src 'self' 'nonce-abc123' 'strict-dynamic'");
    expect(policy).not.toContain("unsafe");
    expect(policy).toContain("frame-ancestors 'none'; object-src 'none'; base-uri 'self'; form-action 'self'");
  });

  it("allows eval only while developing, where React's error overlay needs it", () => {
    expect(pagePolicy("n", { development: true })).toContain("'strict-dynamic' 'unsafe-eval'");
  });

  it("draws a new 128-bit nonce every time", () => {
    const nonces = new Set(Array.from({ length: 100 }, newNonce));
    expect(nonces.size).toBe(100);
    for (const nonce of nonces) expect(atob(nonce)).toHaveLength(16);
  });
});

describe("Strict-Transport-Security", () => {
  it("is sent only by an app whose public address is https", () => {
    expect(strictTransportSecurity("https://reveal.example.com")).toBe("max-age=31536000");
    expect(strictTransportSecurity("http://localhost:3000")).toBeNull();
  });
});
