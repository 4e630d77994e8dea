/**
 * What is wrong with JSON text's shape, checked before JSON.parse builds it: nested deeper than `maxDepth`, or holding
 * more than `maxValues` values (counted as the arrays and objects opened and the commas between items, a little above
 * the real count). 40 MB of `[[[…]]]` or of `[{},{},…]` gzips to 40 KB, and parsing it held every request for seconds
 * and took gigabytes. Brackets and commas inside strings are skipped, not counted.
 */
export function measureJson(text: string, { maxDepth = MAX_REQUEST_DEPTH, maxValues }: { maxDepth?: number; maxValues: number }): { problem: ShapeProblem | null; values: number } {
  let depth = 0;
  let values = 1;
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
      if (depth > maxDepth) return { problem: "depth", values };
      if (++values > maxValues) return { problem: "values", values };
    } else if (code === CLOSE_ARRAY || code === CLOSE_OBJECT) {
      depth -= 1;
    } else if (code === COMMA && ++values > maxValues) {
      return { problem: "values", values };
    }
  }
  return { problem: null, values };
}

export type ShapeProblem = "depth" | "values";

/** What to tell the sender: `what` names the body or its line. */
export function shapeMessage(what: string, problem: ShapeProblem, maxValues: number): string {
  return problem === "depth"
    ? `${what} nests deeper than ${MAX_REQUEST_DEPTH} levels: no request this app sends does.`
    : `${what} holds more than ${maxValues.toLocaleString("en")} values: no request this app sends does.`;
}

/** The deepest any request this app sends nests (an import line is 3 levels), with room to spare. */
export const MAX_REQUEST_DEPTH = 8;

/** The most values a small request this app sends holds (a team member, a budget, the settings), with room to spare. */
export const SMALL_REQUEST_VALUES = 10_000;

const QUOTE = 34;
const BACKSLASH = 92;
const COMMA = 44;
const OPEN_ARRAY = 91;
const CLOSE_ARRAY = 93;
const OPEN_OBJECT = 123;
const CLOSE_OBJECT = 125;
