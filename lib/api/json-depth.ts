/**
 * Refuses JSON text nested deeper than `maxDepth` before JSON.parse builds it: 40 MB of `[[[…]]]` gzips to 40 KB, and
 * parsing it held every request for seconds and took gigabytes. Brackets inside strings are skipped, not counted.
 */
export function nestsDeeperThan(text: string, maxDepth: number): boolean {
  let depth = 0;
  for (let at = 0; at < text.length; at += 1) {
    const code = text.charCodeAt(at);
    if (code === QUOTE) {
      for (at += 1; at < text.length; at += 1) {
        const inString = text.charCodeAt(at);
        if (inString === BACKSLASH) at += 1;
        else if (inString === QUOTE) break;
      }
    } else if (code === OPEN_ARRAY || code === OPEN_OBJECT) {
      depth += 1;
      if (depth > maxDepth) return true;
    } else if (code === CLOSE_ARRAY || code === CLOSE_OBJECT) {
      depth -= 1;
    }
  }
  return false;
}

/** The deepest any request this app sends nests (an import line is 3 levels), with room to spare. */
export const MAX_REQUEST_DEPTH = 8;

const QUOTE = 34;
const BACKSLASH = 92;
const OPEN_ARRAY = 91;
const CLOSE_ARRAY = 93;
const OPEN_OBJECT = 123;
const CLOSE_OBJECT = 125;
