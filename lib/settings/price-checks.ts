import { MAX_DOCUMENTED_PRICE, MIN_DOCUMENTED_PRICE } from "@/lib/credits/prices";
import { MAX_PROVIDER_PRICE } from "./definitions";

/** A row of the price table as typed. */
export type PriceRow = { provider: string; price: string };

const DOCUMENTED = `${MIN_DOCUMENTED_PRICE}–${MAX_DOCUMENTED_PRICE} credits Clodura documents`;

/**
 * The prices outside the documented range, each said with what it would do to the ledger; empty when none is. The
 * form saves them only on a second press: one typo would skew every estimate, cap check and spend figure of the team.
 * A price as it is in `saved` was confirmed when it was saved: it is not asked about again at every later save.
 */
export function pricesToConfirm(rows: PriceRow[], saved: Record<string, number> = {}): { warnings: string[]; providers: number } {
  const priced = rows.flatMap((row) => {
    const [provider, price] = [row.provider.trim(), row.price.trim()];
    // A price the form refuses (past the most allowed) is not one to confirm: its refusal alone is said.
    return provider && /^\d+$/.test(price) && Number(price) <= MAX_PROVIDER_PRICE && saved[provider] !== Number(price) ? [{ provider, price: Number(price) }] : [];
  });
  const above = priced.filter((row) => row.price > MAX_DOCUMENTED_PRICE);
  const below = priced.filter((row) => row.price < MIN_DOCUMENTED_PRICE);
  const warnings: string[] = [];
  if (above.length > 0) {
    const named = above.map((row) => `${row.provider} (${row.price})`).join(", ");
    warnings.push(`${named} ${above.length === 1 ? "is" : "are"} priced above the ${DOCUMENTED}: check against your Clodura plan before saving.`);
  }
  for (const { provider, price } of below) {
    warnings.push(
      price === 0
        ? `${provider} at 0 credits: its numbers would be charged nothing, so budgets would not count them.`
        : `${provider} at ${price} credit${price === 1 ? "" : "s"}: below the ${DOCUMENTED}, its numbers would count for less than Clodura charges, so budgets would stop too late.`,
    );
  }
  return { warnings, providers: above.length + below.length };
}
