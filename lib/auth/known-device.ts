import "server-only";
import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";

/** Set on a browser after it signs in; it lets that browser past a lock that strangers' guesses put on the email. */
export const KNOWN_DEVICE_COOKIE = "revealdesk.known-device";
export const KNOWN_DEVICE_MAX_AGE_SECONDS = 180 * 24 * 60 * 60;

/**
 * Whose browser it is: the email, and the account's session version, which a password change or reset and disabling
 * raise. A proof made before then proves nothing after: whoever knew an old password keeps no tries of their own.
 */
export type DeviceAccount = { email: string; sessionVersion: number };

/** A new proof that this browser signed in to `account`: `<device id>.<mac>`, the mac binding the id to the account. */
export function knownDeviceToken(account: DeviceAccount, secret: string, deviceId = randomBytes(16).toString("base64url")): string {
  return `${deviceId}.${mac(account, deviceId, secret)}`;
}

/** The browser's device id when `token` proves an earlier sign-in to `account`, else null (none, forged, another or old). */
export function knownDeviceId(token: string | undefined, account: DeviceAccount, secret: string): string | null {
  const [deviceId, given, extra] = token?.split(".") ?? [];
  if (!deviceId || !given || extra !== undefined) return null;
  const expected = Buffer.from(mac(account, deviceId, secret));
  const actual = Buffer.from(given);
  return actual.length === expected.length && timingSafeEqual(actual, expected) ? deviceId : null;
}

function mac({ email, sessionVersion }: DeviceAccount, deviceId: string, secret: string): string {
  return createHmac("sha256", secret).update(`known-device\n${email}\n${sessionVersion}\n${deviceId}`).digest("base64url");
}
