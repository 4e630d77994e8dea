import { searchableText } from "@/lib/reveals/fold-search-text";
import type { ColumnMapping } from "./types";

/** The name a file's row gives its person, from its full-name column or its first and last name columns. */
export function nameInRow(cells: string[], columns: Pick<ColumnMapping, "firstName" | "lastName" | "fullName">): string | null {
  const cell = (column: number | null) => (column === null ? "" : (cells[column] ?? "").trim());
  const name = cell(columns.fullName) || [cell(columns.firstName), cell(columns.lastName)].filter(Boolean).join(" ");
  return name || null;
}

/**
 * Two names of one person share a word, however written ("Dave Kim" and "David Kim", "José" and "Jose", "Jörg" and
 * "Joerg", a married name beside the first one). None in common: the row's LinkedIn URL is someone else's, a common slip in a CRM.
 * Initials alone prove nothing either way, nor do names in two scripts ("李伟" and "Li Wei"): only Latin letters compare.
 */
export function namesDiffer(inFile: string, known: string): boolean {
  // Nearly always the file's own name, which the list took the person's name from: no words to compare.
  if (inFile === known) return false;
  const fileWords = words(inFile);
  const knownWords = words(known);
  if (fileWords.length === 0 || knownWords.length === 0 || ![...fileWords, ...knownWords].every((word) => LATIN.test(word))) return false;
  return !fileWords.some((word) => knownWords.includes(word));
}

const LATIN = /^[a-z]+$/;

// Folded, with each umlaut also spelled out ("jörg" is "jorg" and "joerg"), as People's search compares names.
function words(name: string): string[] {
  return searchableText(name)
    .split(/[^\p{L}]+/u)
    .filter((word) => word.length >= 2);
}
