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
 * Why a submission with this worst case must wait for a manager, or null when every budget can take it: the tightest
 * budget it is over, with its arithmetic, then any other it is over too (raising one cap alone would not send it).
 * With `owner`, the reason names whose budget it is ("Jordan's monthly budget"), as managers read it too.
 */
export function budgetShortfall(lines: BudgetLine[], worstCase: number, owner?: string): string | null {
  const short = lines.filter((line) => line.cap !== null && line.left !== null && worstCase > line.left).sort((a, b) => a.left! - b.left!);
  const [tightest, ...others] = short;
  if (!tightest) return null;
  const fmt = (value: number) => value.toLocaleString("en");
  const named = (line: BudgetLine) => (owner ? line.label.replace(/^your /, `${owner}'s `) : line.label);
  // Spend can pass a cap (a list already running finds more than expected): then say by how much, not "0 left".
  const standing = (left: number) => (left >= 0 ? `has ${fmt(left)} left` : `is already ${fmt(-left)} over`);
  const reason =
    `This list could cost up to ${fmt(worstCase)} credits, but ${named(tightest)} ${standing(tightest.left!)} ` +
    `(${fmt(tightest.cap!)} cap − ${fmt(tightest.spent)} spent − ${fmt(tightest.reserved)} reserved for reveals still running).`;
  const alsoShort = (line: BudgetLine) => {
    // "your …" and "the team's …" start a sentence in capitals; a person's name stays as written (inOwnersWords finds it).
    const name = named(line).replace(/^(your|the) /, (start) => `${start[0]!.toUpperCase()}${start.slice(1)}`);
    return `${name} is short too (${line.left! >= 0 ? `${fmt(line.left!)} left` : `${fmt(-line.left!)} over`}).`;
  };
  return [reason, ...others.map(alsoShort)].join(" ");
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
