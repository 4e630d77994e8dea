import { processState } from "@/lib/server/process-state";

/** The error code next-auth hands the sign-in form while a network is locked, as `TooManyFromHere:<seconds left>`. */
export const SIGN_IN_NETWORK_LOCKED = "TooManyFromHere";

/** A spray tries one password on many emails and never trips one email's lock; a network's budget across emails does. */
const WRONG_PASSWORDS_PER_NETWORK = 20; // far past an office's typos on new browsers; a spray gets 120 guesses an hour
const NETWORK_WINDOW_MS = 10 * 60_000; // long enough that waiting it out costs a spray more than it gains
/** Networks whose window is over are forgotten once the map grows past this. */
const MAX_REMEMBERED = 10_000;

type NetworkWindow = { startedAt: number; taken: number };
function windows(): Map<string, NetworkWindow> {
  return processState("revealDeskNetworkSignIns", () => new Map<string, NetworkWindow>());
}

/** The network's window of tries, while it lasts (10 minutes from its first try). */
function openWindow(network: string, now: number): NetworkWindow | undefined {
  const window = windows().get(network);
  return window && now - window.startedAt < NETWORK_WINDOW_MS ? window : undefined;
}

/**
 * Takes one of a network's 20 tries in its window before a password is checked, or returns false once they are spent,
 * until the window is over. Taken before the slow check, like an email's: parallel guesses all count.
 */
export function takeNetworkAttempt(network: string, now = Date.now()): boolean {
  forgetEndedWindows(now);
  const window = openWindow(network, now);
  if (!window) {
    windows().set(network, { startedAt: now, taken: 1 });
    return true;
  }
  if (window.taken >= WRONG_PASSWORDS_PER_NETWORK) return false;
  window.taken += 1;
  return true;
}

/**
 * A right password, or a try refused before its password was checked: the one try it took goes back. Only that one:
 * the network's wrong passwords at other emails still count, or one account's owner could keep spraying the rest.
 */
export function giveBackNetworkAttempt(network: string, now = Date.now()): void {
  const window = openWindow(network, now);
  if (!window) return;
  window.taken -= 1;
  if (window.taken <= 0) windows().delete(network);
}

/** Whether the network's tries are spent; after a wrong password, whether that was its last. */
export function isNetworkLocked(network: string, now = Date.now()): boolean {
  return (openWindow(network, now)?.taken ?? 0) >= WRONG_PASSWORDS_PER_NETWORK;
}

/** The error for a locked network: its code and the whole seconds until its window is over. */
export function networkLockedError(network: string, now = Date.now()): string {
  const window = openWindow(network, now);
  const endsAt = window ? window.startedAt + NETWORK_WINDOW_MS : now;
  return `${SIGN_IN_NETWORK_LOCKED}:${Math.max(1, Math.ceil((endsAt - now) / 1000))}`;
}

function forgetEndedWindows(now: number): void {
  if (windows().size < MAX_REMEMBERED) return;
  for (const [network, window] of windows()) if (now - window.startedAt >= NETWORK_WINDOW_MS) windows().delete(network);
}
