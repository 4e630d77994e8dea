import { MAX_PROVIDER_PRICE } from "./definitions";
import type { PriceRow } from "./price-checks";

/** What is wrong with the table as typed, and where: the row and field the form marks and focuses (none: the table). */
export type PriceRowProblem = { message: string; row: number | null; field: "provider" | "price" | null };

/**
 * The price table as typed, read into prices, or its problems said as the admin can fix them, one per row at most (a
 * table with two bad prices names both, not the second only once the first is mended). `known`: the providers as
 * Clodura spells them; prices are found by that name, letter case included.
 */
export function readPriceRows(rows: PriceRow[], known: string[]): { prices: Record<string, number> } | { problems: PriceRowProblem[] } {
  const prices: Record<string, number> = {};
  const problems: PriceRowProblem[] = [];
  const named: string[] = [];
  for (const [row, typed] of rows.entries()) {
    const provider = typed.provider.trim();
    const problem = rowProblem(row, provider, typed.price.trim(), named, known);
    if (problem) problems.push(problem);
    else prices[provider] = Number(typed.price);
    if (provider) named.push(provider);
  }
  return problems.length > 0 ? { problems } : { prices };
}

function rowProblem(row: number, provider: string, price: string, named: string[], known: string[]): PriceRowProblem | null {
  const at = (field: PriceRowProblem["field"], message: string) => ({ message, row, field });
  if (!provider) return at("provider", `Row ${row + 1} has no provider name: name it as Clodura does, or remove the row.`);
  const priceProblem = problemWithPrice(price);
  if (priceProblem) return at("price", `${provider}: ${priceProblem}`);
  const same = named.find((listed) => listed.toLowerCase() === provider.toLowerCase());
  if (same) return at("provider", same === provider ? `${provider} is listed twice.` : `${provider} and ${same} are the same provider: keep one.`);
  const spelled = known.find((name) => name.toLowerCase() === provider.toLowerCase() && name !== provider);
  if (spelled) return at("provider", `Write ${provider} as Clodura does: ${spelled}.`);
  return null;
}

function problemWithPrice(price: string): string | null {
  if (price === "") return "enter a price, in whole credits per found number.";
  const value = Number(price);
  if (!Number.isFinite(value)) return `enter the price as a whole number of credits, such as 15 (not “${price}”).`;
  if (value < 0) return "a price cannot be negative: enter 0 or more credits per found number.";
  if (!Number.isInteger(value)) return `a price is a whole number of credits (not ${price}).`;
  if (value > MAX_PROVIDER_PRICE) return `a price is at most ${MAX_PROVIDER_PRICE.toLocaleString("en")} credits.`;
  return /^\d+$/.test(price) ? null : `write the price as digits only, such as ${value}.`;
}
