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

/** Which providers returned each number, and how a number is keyed for that comparison. */
export type NumberAgreement = { readonly byNumber: ReadonlyMap<string, readonly string[]>; keyOf(number: PhoneNumber): string };

const digitsOf = (number: PhoneNumber) => number.raw.replace(/\D/g, "");

/**
 * Where providers agree, by E.164. A number sent without a country code ("(415) 555-0186", "020 7946 0958") is the
 * same as one E.164 number of this person that ends in its digits (trunk zeros dropped) after a 1–3 digit country
 * code; with no such number, or more than one, it is compared by its digits alone.
 */
export function numberAgreement(results: BatchRow["results"]): NumberAgreement {
  const found = Object.entries(results).filter(([, cell]) => cell.status === "found");
  const international = [...new Set(found.flatMap(([, cell]) => cell.numbers.flatMap((number) => (number.e164 ? [number.e164.slice(1)] : []))))];
  const keyOf = (number: PhoneNumber): string => {
    if (number.e164) return number.e164;
    const national = digitsOf(number).replace(/^0+/, "");
    const matches = national.length >= 7 ? international.filter((digits) => digits.endsWith(national) && digits.length - national.length <= 3) : [];
    return matches.length === 1 ? `+${matches[0]}` : digitsOf(number);
  };
  const byNumber = new Map<string, string[]>();
  for (const [provider, cell] of found) {
    for (const number of cell.numbers) {
      const key = keyOf(number);
      const list = byNumber.get(key) ?? [];
      if (!list.includes(provider)) list.push(provider);
      byNumber.set(key, list);
    }
  }
  return { byNumber, keyOf };
}

/** The providers other than `provider` that returned `number` too. */
export function alsoFoundBy(agreement: NumberAgreement, number: PhoneNumber, provider: string): string[] {
  return (agreement.byNumber.get(agreement.keyOf(number)) ?? []).filter((other) => other !== provider);
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
  return { provider, number, agreedBy: alsoFoundBy(agreement, number, provider), others: agreement.byNumber.size - 1 };
}

/**
 * Every distinct number found for a person, with its type and provider: "mobile +14155550134 (Wiza); …". The type
 * comes first so the cell does not start with "+": a spreadsheet would take that for a formula, and the guard's quote
 * would then end up in a CRM field.
 */
export function everyNumber(results: BatchRow["results"]): string {
  const seen = new Set<string>();
  for (const [provider, cell] of Object.entries(results)) {
    for (const number of cell.numbers) seen.add(`${number.type} ${number.e164 ?? number.raw} (${provider})`);
  }
  return [...seen].join("; ");
}
