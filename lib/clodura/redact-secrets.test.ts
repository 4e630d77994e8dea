import { describe, expect, it } from "vitest";
import { redactSecrets } from "./redact-secrets";

const token = "tok_AbC-123_xyz";

describe("redactSecrets", () => {
  it.each([
    ["plain", `posted to https://desk.example/api/webhooks/clodura/${token} failed`, "https://desk.example/api/webhooks/clodura/[redacted] failed"],
    ["JSON-escaped slashes", `{"webhookUrl":"https:\\/\\/desk.example\\/api\\/webhooks\\/clodura\\/${token}"}`, String.raw`\/api\/webhooks\/clodura\/[redacted]"}`],
    ["percent-encoded", `?callback=https%3A%2F%2Fdesk.example%2Fapi%2Fwebhooks%2Fclodura%2F${token}&x=1`, "%2Fapi%2Fwebhooks%2Fclodura%2F[redacted]&x=1"],
    ["lower-case percent-encoding", `%2fapi%2fwebhooks%2fclodura%2f${token}`, "%2fapi%2fwebhooks%2fclodura%2f[redacted]"],
    ["\\u002f escapes", String.raw`\u002fapi\u002fwebhooks\u002fclodura\u002f` + token, String.raw`\u002fapi\u002fwebhooks\u002fclodura\u002f[redacted]`],
  ])("hides a webhook token written %s", (_, text, end) => {
    const redacted = redactSecrets(text);
    expect(redacted).not.toContain(token);
    expect(redacted.endsWith(end)).toBe(true);
  });

  it("hides the API key wherever it appears, and leaves other text alone", () => {
    expect(redactSecrets("key sk-live-123456 was refused", "sk-live-123456")).toBe("key [redacted] was refused");
    expect(redactSecrets("no secrets here", "sk-live-123456")).toBe("no secrets here");
  });
});
