import { describe, expect, it } from "vitest";
import { hashPassword, verifyAccountPassword, verifyPassword } from "./passwords";

describe("passwords", () => {
  it("verify against their scrypt hash only", async () => {
    const stored = await hashPassword("correct horse");
    expect(stored).toMatch(/^scrypt\$[\w-]+\$[\w-]+$/);
    expect(await verifyPassword("correct horse", stored)).toBe(true);
    expect(await verifyPassword("correct hors", stored)).toBe(false);
  });

  it("say no for an unknown account, whatever the password", async () => {
    const stored = await hashPassword("correct horse");
    expect(await verifyAccountPassword("correct horse", stored)).toBe(true);
    expect(await verifyAccountPassword("wrong", stored)).toBe(false);
    expect(await verifyAccountPassword("", undefined)).toBe(false);
    expect(await verifyAccountPassword("correct horse", undefined)).toBe(false);
  });
});
