const NON_ASCII = /[^\u0000-\u007f]/;

/**
 * Text as the People search compares it: lower case, accents dropped ("José Müller" → "jose muller"), as the trigram
 * index's remove_diacritics does, so a rep need not type the accent a name was saved with (nor leave it out).
 */
export function foldSearchText(text: string): string {
  const lower = text.toLowerCase();
  return NON_ASCII.test(lower) ? lower.normalize("NFD").replace(/\p{M}+/gu, "") : lower;
}
