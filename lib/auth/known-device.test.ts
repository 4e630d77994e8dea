import { describe, expect, it } from "vitest";
import { knownDeviceId, knownDeviceToken } from "./known-device";

const SECRET = "s".repeat(32);

describe("the known-device cookie", () => {
  it("proves an earlier sign-in as that email from this browser, and names the browser", () => {
    const token = knownDeviceToken("sam@acme.test", SECRET, "device-1");
    expect(knownDeviceId(token, "sam@acme.test", SECRET)).toBe("device-1");
    expect(knownDeviceId(knownDeviceToken("sam@acme.test", SECRET), "sam@acme.test", SECRET)).toMatch(/^[\w-]{22}$/);
  });

  it("proves nothing for another email, under another secret, or when changed in any way", () => {
    const token = knownDeviceToken("sam@acme.test", SECRET, "device-1");
    expect(knownDeviceId(token, "jordan@acme.test", SECRET)).toBeNull();
    expect(knownDeviceId(token, "sam@acme.test", "t".repeat(32))).toBeNull();
    const [, mac] = token.split(".");
    for (const forged of [`device-2.${mac}`, `${token}x`, `${token}.x`, "device-1", "", undefined]) {
      expect(knownDeviceId(forged, "sam@acme.test", SECRET), String(forged)).toBeNull();
    }
  });
});
