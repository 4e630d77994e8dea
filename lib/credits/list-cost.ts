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

export const ASSUMED_FOUND_RATE = 0.5;
/** Answers the team needs before its found rate is taken as it is: one lucky first reveal is no 100% rate. */
export const TRUSTED_ANSWERS = 20;

/** The team's found rate, its first answers counted with assumed ones until there are TRUSTED_ANSWERS. */
export function expectedFoundRate(found: number, answered: number): number {
  if (answered >= TRUSTED_ANSWERS) return found / answered;
  return (found + ASSUMED_FOUND_RATE * (TRUSTED_ANSWERS - answered)) / TRUSTED_ANSWERS;
}
