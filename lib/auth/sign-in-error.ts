import { SIGN_IN_LAST_TRY, SIGN_IN_LOCKED, SIGN_IN_STRANGERS_PAUSED } from "@/lib/auth/sign-in-throttle";
import { ACCOUNT_DISABLED } from "@/lib/auth/team-schema";

const NO_MATCH = "That email and password don't match an account. Check both and try again.";

const messages: Record<string, string> = {
  CredentialsSignin: NO_MATCH,
  [SIGN_IN_LAST_TRY]: "That email and password don't match an account. One more wrong password locks this email for a minute.",
  [ACCOUNT_DISABLED]: "This account has been disabled. Ask your Reveal Desk admin to enable it again.",
};

/** A lock the form counts down: how long, whether another email may try meanwhile, and what to say each second. */
export type SignInLock = { seconds: number; onEmail: boolean; say: (secondsLeft: number) => string };

const inSeconds = (n: number) => `${n} ${n === 1 ? "second" : "seconds"}`;

const locks: Record<string, Omit<SignInLock, "seconds"> & { defaultSeconds: number }> = {
  [SIGN_IN_LOCKED]: { onEmail: true, defaultSeconds: 60, say: (n) => `Too many wrong passwords for this email. Try again in ${inSeconds(n)}.` },
  [SIGN_IN_STRANGERS_PAUSED]: {
    onEmail: false,
    defaultSeconds: 600,
    say: (n) => `Too many wrong passwords from browsers new to Reveal Desk. Try again in ${inSeconds(n)}, or from a browser you have signed in on before.`,
  },
};

/** What the sign-in form says about next-auth's error code: a message, or a lock with the seconds it has left. */
export function signInError(code: string | undefined): { message: string; lock: SignInLock | null } {
  const locked = /^(\w+)(?::(\d+))?$/.exec(code ?? "");
  const kind = locked ? locks[locked[1]!] : undefined;
  if (kind) {
    const seconds = Number(locked![2] ?? kind.defaultSeconds);
    return { message: kind.say(seconds), lock: { seconds, onEmail: kind.onEmail, say: kind.say } };
  }
  return { message: messages[code ?? ""] ?? "Sign-in failed. Try again in a moment.", lock: null };
}
