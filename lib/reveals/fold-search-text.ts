const NON_ASCII = /[^\u0000-\u007f]/;
/** Letters Unicode does not decompose into a base letter and a mark: folded by hand, as a rep would type them. */
const UNDECOMPOSED: Record<string, string> = { ł: "l", ø: "o", đ: "d", ð: "d", ħ: "h", ŧ: "t", ı: "i", ß: "ss", æ: "ae", œ: "oe", þ: "th" };
const UNDECOMPOSED_LETTER = /[łøđðħŧıßæœþ]/g;

// German typed without its umlauts: "Mueller" for Müller, "Goebel" for Göbel, "Baer" for Bär.
const UMLAUT_SPELLING = /([aou])e/g;

/** Lower case with accents dropped ("José Łukasiewicz" → "jose lukasiewicz"): for search, and for file names. */
export function foldAccents(text: string): string {
  const lower = text.toLowerCase();
  if (!NON_ASCII.test(lower)) return lower;
  return lower.normalize("NFD").replace(/\p{M}+/gu, "").replace(UNDECOMPOSED_LETTER, (letter) => UNDECOMPOSED[letter] ?? letter);
}

/**
 * Text as every search compares it: accents dropped, and "ae", "oe", "ue" read as the vowel alone, so "jose" finds
 * José, and "mueller", "muller" and "müller" all find Müller (and Mueller). The same fold on both sides keeps any text
 * finding itself. The People search index holds its text folded the same way (SQLite's `fold_search_text`, registered
 * on every connection).
 */
export function foldSearchText(text: string): string {
  return foldAccents(text).replace(UMLAUT_SPELLING, "$1");
}
