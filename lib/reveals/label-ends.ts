const SHORT = 24;
const TAIL = 16;

/**
 * A list's name cut in two so a narrow screen can shorten the middle and keep the end: two lists told apart only by
 * their last words ("SaaStr booth scans (sent again)") stay told apart. `head + tail` is always the whole name.
 */
export function labelEnds(label: string): { head: string; tail: string } {
  if (label.length <= SHORT) return { head: label, tail: "" };
  const suffix = /\s\([^()]{1,30}\)$/.exec(label);
  if (suffix) return { head: label.slice(0, suffix.index), tail: label.slice(suffix.index) };
  const lastSpace = label.lastIndexOf(" ");
  const cut = lastSpace >= label.length - TAIL ? lastSpace : label.length - TAIL;
  return { head: label.slice(0, cut), tail: label.slice(cut) };
}
