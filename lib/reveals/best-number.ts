import type { PhoneNumber } from "@/lib/clodura/types";
import type { BatchRow } from "./schemas";

export type BestNumber = {
  provider: string;
  number: PhoneNumber;
  /** Other providers that returned the same number. */
  agreedBy: string[];
  /** Every other number found for this person. */
  others: number;
};

/** Which providers returned each number (by E.164, else by the digits sent), for "where providers agree". */
export type NumberAgreement = ReadonlyMap<string, readonly string[]>;

const sameNumber = (number: PhoneNumber) => number.e164 ?? number.raw.replace(/\D/g, "");

export function numberAgreement(results: BatchRow["results"]): NumberAgreement {
  const providers = new Map<string, string[]>();
  for (const [provider, cell] of Object.entries(results)) {
    if (cell.status !== "found") continue;
    for (const number of cell.numbers) {
      const key = sameNumber(number);
      const list = providers.get(key) ?? [];
      if (!list.includes(provider)) list.push(provider);
      providers.set(key, list);
    }
  }
  return providers;
}

/** The providers other than `provider` that returned `number` too. */
export function alsoFoundBy(agreement: NumberAgreement, number: PhoneNumber, provider: string): string[] {
  return (agreement.get(sameNumber(number)) ?? []).filter((other) => other !== provider);
}

/**
 * The number to call first: the charged provider's mobile (one another provider agrees on, if any), else its first
 * number, else the first number anyone found.
 */
export function bestNumber(results: BatchRow["results"]): BestNumber | null {
  const found = Object.entries(results).filter(([, cell]) => cell.status === "found" && cell.numbers.length > 0);
  found.sort(([, a], [, b]) => Number(b.charged) - Number(a.charged));
  const [first] = found;
  if (!first) return null;
  const [provider, cell] = first;
  const agreement = numberAgreement(results);
  const mobiles = cell.numbers.filter((candidate) => candidate.type === "mobile");
  const number = mobiles.find((candidate) => alsoFoundBy(agreement, candidate, provider).length > 0) ?? mobiles[0] ?? cell.numbers[0]!;
  return { provider, number, agreedBy: alsoFoundBy(agreement, number, provider), others: agreement.size - 1 };
}

/** Every distinct number found for a person, with its type and provider: "+14155550134 (mobile, Wiza); …". */
export function everyNumber(results: BatchRow["results"]): string {
  const seen = new Set<string>();
  for (const [provider, cell] of Object.entries(results)) {
    for (const number of cell.numbers) seen.add(`${number.e164 ?? number.raw} (${number.type}, ${provider})`);
  }
  return [...seen].join("; ");
}
