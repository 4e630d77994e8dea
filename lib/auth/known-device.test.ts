import { describe, expect, it } from "vitest";
import { knownDeviceId, knownDeviceToken } from "./known-device";

const SECRET = "s".repeat(32);
const SAM = { email: "sam@acme.test", sessionVersion: 3 };

describe("the known-device cookie", () => {
  it("proves an earlier sign-in to that account from this browser, and names the browser", () => {
    const token = knownDeviceToken(SAM, SECRET, "device-1");
    expect(knownDeviceId(token, SAM, SECRET)).toBe("device-1");
    expect(knownDeviceId(knownDeviceToken(SAM, SECRET), SAM, SECRET)).toMatch(/^[\w-]{22}$/);
  });

  it("proves nothing for another email, after a password change or reset (a new session version), or under another secret", () => {
    const token = knownDeviceToken(SAM, SECRET, "device-1");
    expect(knownDeviceId(token, { ...SAM, email: "jordan@acme.test" }, SECRET)).toBeNull();
    expect(knownDeviceId(token, { ...SAM, sessionVersion: 4 }, SECRET)).toBeNull();
    expect(knownDeviceId(token, SAM, "t".repeat(32))).toBeNull();
  });

  it("proves nothing when changed in any way", () => {
    const token = knownDeviceToken(SAM, SECRET, "device-1");
    const [, mac] = token.split(".");
    for (const forged of [`device-2.${mac}`, `${token}x`, `${token}.x`, "device-1", "", undefined]) {
      expect(knownDeviceId(forged, SAM, SECRET), String(forged)).toBeNull();
    }
  });
});
