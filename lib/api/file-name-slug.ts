import { foldSearchText } from "@/lib/reveals/fold-search-text";

const MAX_SLUG = 48;
// A paste's name ends in how many more people it holds: the part a cut must not drop.
const HOW_MANY_MORE = / and ([\d,]+) more$/;

/**
 * "Acme Q4 — webinar!" → "acme-q4-webinar": only ASCII letters and digits reach a download's Content-Disposition
 * header. A long name is cut at a word's end ("…-bulk-person" would read as a profile of its own), keeping a paste's
 * "and 3 more". Empty when nothing of the name is left.
 */
export function fileNameSlug(name: string | null, max = MAX_SLUG): string {
  const folded = foldSearchText(name ?? "");
  const more = HOW_MANY_MORE.exec(folded);
  const tail = more ? `and-${more[1]!.replace(/,/g, "")}-more` : "";
  const head = cutAtWord(slug(more ? folded.slice(0, more.index) : folded), tail ? max - tail.length - 1 : max);
  return [head, tail].filter(Boolean).join("-");
}

function slug(text: string): string {
  return text.replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "");
}

function cutAtWord(text: string, max: number): string {
  if (text.length <= max) return text;
  const head = text.slice(0, max + 1);
  return head.includes("-") ? head.replace(/-[^-]*$/, "") : head.slice(0, max);
}
