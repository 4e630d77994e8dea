import { createHash } from "node:crypto";

/** A stable 48-bit number for one person and one question about them: the sandbox's only source of "randomness". */
export function hashPerson(personKey: string, salt: string): number {
  return createHash("sha256").update(`${salt}\u0000${personKey}`).digest().readUIntBE(0, 6);
}

/** A stable choice from a non-empty list. */
export function pickFor<T>(personKey: string, salt: string, options: readonly [T, ...T[]]): T {
  return options[hashPerson(personKey, salt) % options.length] ?? options[0];
}

/**
 * The personId the simulator reports for a person it was asked about by profile: 19 digits starting with 27, like
 * Clodura's ids (always above 2^53, so only a string holds it exactly), and the same every time for the same profile.
 */
export function makePersonId(personKey: string): string {
  const digest = createHash("sha256").update(`personId\u0000${personKey}`).digest("hex");
  return `27${(BigInt(`0x${digest.slice(0, 16)}`) % 10n ** 17n).toString().padStart(17, "0")}`;
}
