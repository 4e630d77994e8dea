/** Credits per number found, to one decimal, as every page shows it (a list's, an SDR's, a provider's). */
export function costPerNumber(credits: number, numbersFound: number): string {
  return (Math.round((credits / numbersFound) * 10) / 10).toLocaleString("en");
}
