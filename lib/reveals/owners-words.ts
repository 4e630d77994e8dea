/** A held list's budget note as its owner reads it: "your daily budget", not their own name in the third person. */
export function inOwnersWords(text: string, owner: string): string {
  return text.replaceAll(`. ${owner}'s `, ". Your ").replaceAll(`${owner}'s `, "your ");
}
