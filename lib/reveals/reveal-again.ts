import type { LedgerHit } from "./ledger";

/** "Reveal again" pays anew only for a person already revealed: one still under way is always attached, never paid twice. */
export function canRevealAgain(hit: LedgerHit | undefined): boolean {
  return hit?.kind === "fresh";
}

/** Whether this person is to be paid for again: the rep ticked "Reveal again", and the ledger allows it. */
export function isRevealedAgain(key: string, ledger: Readonly<Record<string, LedgerHit>>, chosen: ReadonlySet<string>): boolean {
  return chosen.has(key) && canRevealAgain(ledger[key]);
}
