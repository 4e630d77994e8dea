/**
 * The found rate is of Clodura's answers alone, said as people so it does not read as the list's hit rate while the
 * list is still running; beside free ledger answers the count it is of is said, since the found figure before it counts
 * those too: "19 found (18 of the 25 people Clodura has answered: 72%)".
 */
export function foundRateText(foundByClodura: number, answered: number, rate: number, withLedgerAnswers: boolean): string {
  const fmt = (n: number) => n.toLocaleString("en");
  const people = `${answered === 1 ? "1 person" : `${fmt(answered)} people`} Clodura has answered`;
  return withLedgerAnswers ? `${fmt(foundByClodura)} of the ${people}: ${rate}%` : `${rate}% of the ${people}`;
}
