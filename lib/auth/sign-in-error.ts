import { SIGN_IN_LAST_TRY, SIGN_IN_LOCKED } from "@/lib/auth/sign-in-throttle";
import { ACCOUNT_DISABLED } from "@/lib/auth/team-schema";

const NO_MATCH = "That email and password don't match an account. Check both and try again.";

const messages: Record<string, string> = {
  CredentialsSignin: NO_MATCH,
  [SIGN_IN_LAST_TRY]: "That email and password don't match an account. One more wrong password locks this email for a minute.",
  [ACCOUNT_DISABLED]: "This account has been disabled. Ask your Reveal Desk admin to enable it again.",
};

/** What the sign-in form says about next-auth's error code, or for a locked email how many seconds the lock has left. */
export function signInError(code: string | undefined): { message: string; lockedSeconds: number | null } {
  const locked = new RegExp(`^${SIGN_IN_LOCKED}(?::(\\d+))?$`).exec(code ?? "");
  if (locked) return { message: "Too many wrong passwords for this email.", lockedSeconds: Number(locked[1] ?? 60) };
  return { message: messages[code ?? ""] ?? "Sign-in failed. Try again in a moment.", lockedSeconds: null };
}
