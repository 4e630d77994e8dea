/**
 * The found rate is of Clodura's answers alone; beside free ledger answers the count it is of is said, since the
 * found figure before it counts those too: "19 found (18 of the 25 Clodura answered: 72%)".
 */
export function foundRateText(foundByClodura: number, answered: number, rate: number, withLedgerAnswers: boolean): string {
  const fmt = (n: number) => n.toLocaleString("en");
  return withLedgerAnswers ? `${fmt(foundByClodura)} of the ${fmt(answered)} Clodura answered: ${rate}%` : `${rate}% of the ${fmt(answered)} Clodura answered`;
}
