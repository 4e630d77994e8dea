import type { PhoneNumber } from "@/lib/clodura/types";
import type { BatchRow } from "./schemas";

export type BestNumber = { provider: string; number: PhoneNumber; /** Every other number found for this person. */ others: number };

/** The number to call first: the charged provider's mobile if any, else its first number, else the first number anyone found. */
export function bestNumber(results: BatchRow["results"]): BestNumber | null {
  const found = Object.entries(results).filter(([, cell]) => cell.status === "found" && cell.numbers.length > 0);
  found.sort(([, a], [, b]) => Number(b.charged) - Number(a.charged));
  const [first] = found;
  if (!first) return null;
  const [provider, cell] = first;
  const number = cell.numbers.find((candidate) => candidate.type === "mobile") ?? cell.numbers[0]!;
  const total = new Set(found.flatMap(([, each]) => each.numbers.map((candidate) => candidate.e164 ?? candidate.raw))).size;
  return { provider, number, others: total - 1 };
}

/** Every distinct number found for a person, with its type and provider: "+14155550134 (mobile, Wiza); …". */
export function everyNumber(results: BatchRow["results"]): string {
  const seen = new Set<string>();
  for (const [provider, cell] of Object.entries(results)) {
    for (const number of cell.numbers) seen.add(`${number.e164 ?? number.raw} (${number.type}, ${provider})`);
  }
  return [...seen].join("; ");
}
