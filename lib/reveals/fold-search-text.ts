const NON_ASCII = /[^\u0000-\u007f]/;
/** Letters Unicode does not decompose into a base letter and a mark: folded by hand, as a rep would type them. */
const UNDECOMPOSED: Record<string, string> = { ł: "l", ø: "o", đ: "d", ð: "d", ħ: "h", ŧ: "t", ı: "i", ß: "ss", æ: "ae", œ: "oe", þ: "th" };
const UNDECOMPOSED_LETTER = /[łøđðħŧıßæœþ]/g;

/**
 * Text as the People search compares it: lower case, accents dropped ("José Łukasiewicz" → "jose lukasiewicz"), so a
 * rep need not type the accent a name was saved with, nor leave it out. The search index holds its text folded the
 * same way (SQLite's function `searchable_text`, registered on every connection).
 */
export function foldSearchText(text: string): string {
  const lower = text.toLowerCase();
  if (!NON_ASCII.test(lower)) return lower;
  return lower.normalize("NFD").replace(/\p{M}+/gu, "").replace(UNDECOMPOSED_LETTER, (letter) => UNDECOMPOSED[letter] ?? letter);
}

const UMLAUT = /[äöü]/;
const UMLAUT_SPELLING: Record<string, string> = { ä: "ae", ö: "oe", ü: "ue" };

/**
 * Text as a search looks through it: folded, followed by each word with a German umlaut spelled out ("Müller" is
 * also "mueller"), so "müller", "muller" and "mueller" all find Müller. Only the searched side gets the spelling:
 * folding "oe" in what a rep types too broke "zoe" and partial words.
 */
export function searchableText(text: string): string {
  const folded = foldSearchText(text);
  // Nearly every row of a big list: no umlaut, composed or not, in plain ASCII.
  if (!NON_ASCII.test(text)) return folded;
  const lower = text.toLowerCase().normalize("NFC");
  if (!UMLAUT.test(lower)) return folded;
  const spelled = lower.split(/\s+/).filter((word) => UMLAUT.test(word)).map((word) => foldSearchText(word.replace(/[äöü]/g, (letter) => UMLAUT_SPELLING[letter] ?? letter)));
  return `${folded} ${spelled.join(" ")}`;
}
