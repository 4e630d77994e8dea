import "server-only";
import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { users, type User } from "@/db/schema";
import { knownDeviceId } from "./known-device";
import { giveBackNetworkAttempt, isNetworkLocked, networkLockedError, takeNetworkAttempt } from "./network-throttle";
import { verifyAccountPassword } from "./passwords";
import { clearSignInAttempts, lockedError, takeSignInAttempt, wrongPasswordError } from "./sign-in-throttle";
import { ACCOUNT_DISABLED } from "./team-schema";

export type SignInAttempt = {
  /** Trimmed and in lower case. */
  email: string;
  password: string;
  /** The known-device cookie the browser sent, if any. */
  knownDevice: string | undefined;
  /** The network the request came from, when a trusted proxy says (client-address.ts); else null. */
  network: string | null;
};

/**
 * Checks an email and password, counting the try against the email and, from a browser new to that email, against
 * its network. The person and their browser's device id when the password is right, null when it is not; throws the
 * code the form explains for a lock, the last try's warning or a disabled account.
 */
export async function checkSignIn(db: Db, attempt: SignInAttempt, authSecret: string): Promise<{ user: User; deviceId: string | null } | null> {
  const { email, password } = attempt;
  const user = db.select().from(users).where(eq(users.email, email)).get();
  const account = { email, sessionVersion: user?.sessionVersion ?? -1 };
  // A browser that signed in as this email before counts its own tries, and is not held back by its network: strangers'
  // guesses cannot lock out the owner, nor an office behind one address its own people.
  const deviceId = user ? knownDeviceId(attempt.knownDevice, account, authSecret) : null;
  const tries = deviceId ? `${email} on ${deviceId}` : email;
  const network = deviceId ? null : attempt.network;
  if (network && !takeNetworkAttempt(network)) throw new Error(networkLockedError(network));
  if (!takeSignInAttempt(tries)) {
    if (network) giveBackNetworkAttempt(network); // refused unchecked: no guess was made
    throw new Error(lockedError(tries));
  }
  if (!(await verifyAccountPassword(password, user?.passwordHash)) || !user) {
    const warning = network && isNetworkLocked(network) ? networkLockedError(network) : wrongPasswordError(tries);
    if (warning) throw new Error(warning);
    return null;
  }
  clearSignInAttempts(tries);
  if (network) giveBackNetworkAttempt(network);
  if (user.disabledAt) throw new Error(ACCOUNT_DISABLED);
  return { user, deviceId };
}
