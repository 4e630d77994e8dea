import { createHash } from "node:crypto";

/** A stable 48-bit number for one person and one question about them: the sandbox's only source of "randomness". */
export function hashPerson(personKey: string, salt: string): number {
  return createHash("sha256").update(`${salt}\u0000${personKey}`).digest().readUIntBE(0, 6);
}

/** A stable choice from a non-empty list. */
export function pickFor<T>(personKey: string, salt: string, options: readonly [T, ...T[]]): T {
  return options[hashPerson(personKey, salt) % options.length] ?? options[0];
}
