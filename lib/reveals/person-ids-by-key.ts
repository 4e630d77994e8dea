/** The personId each URL key was given beside it: the ledger finds the person by it, as a batch does. */
export function personIdsByKey(people: readonly { key: string; personId?: string | null }[]): Record<string, string> {
  const found: Record<string, string> = {};
  for (const { key, personId } of people) if (personId && !key.startsWith("pid:")) found[key] = personId;
  return found;
}
