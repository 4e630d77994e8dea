/**
 * The personId each URL key was given beside it: the ledger finds the person by it, as a batch does. Takes validated
 * rows as they are (only "ok" ones count; a row without a status is an entry to send), so a 100,000-row file is read
 * without building a list first.
 */
export function personIdsByKey(people: readonly { key?: string; personId?: string | null; status?: string }[]): Record<string, string> {
  const found: Record<string, string> = {};
  for (const { key, personId, status } of people) {
    if (key && personId && !key.startsWith("pid:") && (status === undefined || status === "ok")) found[key] = personId;
  }
  return found;
}
