/** What one new reveal costs, as the team's history (or the price table) says: the basis of every list's estimate. */
export type CostBasis = {
  /** The most one new reveal can cost with this plan and partner setting. */
  worstPerReveal: number;
  foundRate: number;
  /** Unrounded: rounding it first made the upload's figure and the stored one differ by a few credits per thousand. */
  averagePrice: number;
};

/**
 * Worst case and expected credits for `count` new reveals. Pure, and shared by the server (the estimate a batch stores
 * at submission) and the browser (the paste and upload estimates), so the two figures agree to the credit.
 */
export function listCost(count: number, basis: CostBasis): { worstCase: number; expected: number } {
  return { worstCase: count * basis.worstPerReveal, expected: Math.round(count * basis.foundRate * basis.averagePrice) };
}
