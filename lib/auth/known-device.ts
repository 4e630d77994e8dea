import "server-only";
import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";

/** Set on a browser after it signs in; it lets that browser past a lock that strangers' guesses put on the email. */
export const KNOWN_DEVICE_COOKIE = "revealdesk.known-device";
export const KNOWN_DEVICE_MAX_AGE_SECONDS = 180 * 24 * 60 * 60;

/** A new proof that this browser signed in as `email`: `<device id>.<mac>`, the mac binding the id to the email. */
export function knownDeviceToken(email: string, secret: string, deviceId = randomBytes(16).toString("base64url")): string {
  return `${deviceId}.${mac(email, deviceId, secret)}`;
}

/** The browser's device id when `token` proves an earlier sign-in as `email`, else null (none, forged, another email). */
export function knownDeviceId(token: string | undefined, email: string, secret: string): string | null {
  const [deviceId, given, extra] = token?.split(".") ?? [];
  if (!deviceId || !given || extra !== undefined) return null;
  const expected = Buffer.from(mac(email, deviceId, secret));
  const actual = Buffer.from(given);
  return actual.length === expected.length && timingSafeEqual(actual, expected) ? deviceId : null;
}

function mac(email: string, deviceId: string, secret: string): string {
  return createHmac("sha256", secret).update(`known-device\n${email}\n${deviceId}`).digest("base64url");
}
