import { SIGN_IN_NETWORK_LOCKED } from "@/lib/auth/network-throttle";
import { SIGN_IN_LAST_TRY, SIGN_IN_LOCKED } from "@/lib/auth/sign-in-throttle";
import { ACCOUNT_DISABLED } from "@/lib/auth/team-schema";

const NO_MATCH = "That email and password don't match an account. Check both and try again.";

const messages: Record<string, string> = {
  CredentialsSignin: NO_MATCH,
  [SIGN_IN_LAST_TRY]: "That email and password don't match an account. One more wrong password locks this email for a minute.",
  [ACCOUNT_DISABLED]: "This account has been disabled. Ask your Reveal Desk admin to enable it again.",
};

/** A lock the form counts down: how many seconds it has left, and what to say with so many left. */
export type SignInLock = { seconds: number; say: (secondsLeft: number) => string };

const inSeconds = (left: number) => `${left} ${left === 1 ? "second" : "seconds"}`;
// Whole minutes, rounded up so the form never promises too early; the last minute counts down in seconds.
const inMinutes = (left: number) => (left <= 60 ? inSeconds(left) : `${Math.ceil(left / 60)} minutes`);

const locks: Record<string, { defaultSeconds: number; say: (secondsLeft: number) => string }> = {
  [SIGN_IN_LOCKED]: { defaultSeconds: 60, say: (left) => `Too many wrong passwords for this email. Try again in ${inSeconds(left)}.` },
  [SIGN_IN_NETWORK_LOCKED]: {
    defaultSeconds: 600,
    say: (left) => `Too many wrong passwords from this network. Try again in ${inMinutes(left)}, or on a browser you have signed in on before.`,
  },
};

/** What the sign-in form says about next-auth's error code: a message, or for a lock also the seconds it has left. */
export function signInError(code: string | undefined): { message: string; lock: SignInLock | null } {
  const [, name = "", seconds] = /^(\w+?)(?::(\d+))?$/.exec(code ?? "") ?? [];
  const kind = Object.hasOwn(locks, name) ? locks[name] : undefined;
  if (kind) {
    const lock = { seconds: Number(seconds ?? kind.defaultSeconds), say: kind.say };
    return { message: lock.say(lock.seconds), lock };
  }
  const known = code !== undefined && Object.hasOwn(messages, code);
  return { message: known ? messages[code]! : "Sign-in failed. Try again in a moment.", lock: null };
}
