/** Pure budget arithmetic, shared by the server (holding a batch) and the browser (warning before submit). */
export type BudgetLine = {
  scope: "user_day" | "user_month" | "team_month";
  label: string;
  cap: number | null;
  spent: number;
  /** Worst case of the reveals still running: they may yet be charged. Only counted for a line with a cap (else 0). */
  reserved: number;
  /** cap − spent − reserved; null without a cap. */
  left: number | null;
};

/**
 * Why a submission with this worst case must wait for a manager, or null when every budget can take it. With `owner`,
 * the reason names whose budget it is ("Jordan's monthly budget"), as managers read it too.
 */
export function budgetShortfall(lines: BudgetLine[], worstCase: number, owner?: string): string | null {
  const short = lines.find((line) => line.left !== null && worstCase > line.left);
  if (!short || short.cap === null) return null;
  const fmt = (value: number) => value.toLocaleString("en");
  const left = short.left ?? 0;
  const label = owner ? short.label.replace(/^your /, `${owner}'s `) : short.label;
  // Spend can pass a cap (a list already running finds more than expected): then say by how much, not "0 left".
  const standing = left >= 0 ? `has ${fmt(left)} left` : `is already ${fmt(-left)} over`;
  return (
    `This list could cost up to ${fmt(worstCase)} credits, but ${label} ${standing} ` +
    `(${fmt(short.cap)} cap − ${fmt(short.spent)} spent − ${fmt(short.reserved)} reserved for reveals still running).`
  );
}

/** How many people at `worstPerReveal` each every capped budget can still take, or null when none is capped. */
export function peopleWithinBudgets(lines: BudgetLine[], worstPerReveal: number): number | null {
  const lefts = lines.flatMap((line) => (line.left === null ? [] : [Math.max(0, line.left)]));
  if (lefts.length === 0 || worstPerReveal <= 0) return null;
  return Math.floor(Math.min(...lefts) / worstPerReveal);
}

/**
 * How to send an over-budget list now instead of waiting, or null when no way fits: fewer people (a paste, which the
 * rep can cut), or asking Clodura's own database only, when every person then fits.
 */
export function sendNowInstead(input: { what: "list" | "paste"; charged: number; fits: number | null; fitsAlone: number | null; viaPartners: boolean }): string | null {
  const { what, charged, fits, fitsAlone, viaPartners } = input;
  const fmt = (n: number) => n.toLocaleString("en");
  const ways = [
    what === "paste" && fits !== null && fits > 0 && fits < charged ? `keep ${fmt(fits)} ${fits === 1 ? "person" : "people"} or fewer` : null,
    viaPartners && fitsAlone !== null && fitsAlone >= charged ? "turn off “Ask partner providers” (Clodura’s own database alone costs less per person)" : null,
  ].filter(Boolean);
  return ways.length === 0 ? null : `To send it now instead, ${ways.join(", or ")}.`;
}
