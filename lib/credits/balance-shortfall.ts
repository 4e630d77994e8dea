import type { BalanceHeadroom } from "./balance-headroom";

export type BalanceShortfall = {
  unit: BalanceHeadroom["unit"];
  readAt: number;
  left: number;
  reserved: number;
  /** The list's worst case, in the balance's unit. */
  worstCase: number;
  /** What the list is expected to take, in the balance's unit. */
  expected: number;
  /** Even the expected spend is more than the balance has after the reveals in flight: it will very likely run out. */
  likely: boolean;
};

/**
 * Whether a list could empty Clodura's balance before it finishes (its worst case is over what is left once the
 * reveals in flight are counted), or null. `charged` new reveals; `credits` their worst and expected cost in credits,
 * used on credit-pool plans; on Prospect plans each found number takes one phone credit.
 */
export function balanceShortfall(
  headroom: BalanceHeadroom | null,
  charged: number,
  foundRate: number,
  credits: { worstCase: number; expected: number },
): BalanceShortfall | null {
  if (!headroom || charged === 0) return null;
  const need = headroom.unit === "credits" ? credits : { worstCase: charged, expected: Math.round(charged * foundRate) };
  const available = headroom.left - headroom.reserved;
  if (need.worstCase <= available) return null;
  return { ...headroom, ...need, likely: need.expected > available };
}
