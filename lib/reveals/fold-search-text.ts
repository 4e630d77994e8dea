const NON_ASCII = /[^\u0000-\u007f]/;
/** Letters Unicode does not decompose into a base letter and a mark: folded by hand, as a rep would type them. */
const UNDECOMPOSED: Record<string, string> = { ł: "l", ø: "o", đ: "d", ð: "d", ħ: "h", ŧ: "t", ı: "i", ß: "ss", æ: "ae", œ: "oe", þ: "th" };
const UNDECOMPOSED_LETTER = /[łøđðħŧıßæœþ]/g;

/**
 * Text as the People search compares it: lower case, accents dropped ("José Łukasiewicz" → "jose lukasiewicz"), so a
 * rep need not type the accent a name was saved with, nor leave it out. The search index holds its text folded the
 * same way (SQLite's function `fold_search_text`, registered on every connection).
 */
export function foldSearchText(text: string): string {
  const lower = text.toLowerCase();
  if (!NON_ASCII.test(lower)) return lower;
  return lower.normalize("NFD").replace(/\p{M}+/gu, "").replace(UNDECOMPOSED_LETTER, (letter) => UNDECOMPOSED[letter] ?? letter);
}
