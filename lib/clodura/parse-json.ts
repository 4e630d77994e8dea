/** Keys whose integer values are ids: 19-digit Clodura ids exceed 2^53 and must never pass through a JS number. */
const ID_KEYS: ReadonlySet<string> = new Set(["personId", "id"]);

const STRING_TOKEN = /"(?:[^"\\]|\\[\s\S])*"/y;
const KEY_SEPARATOR = /[ \t\n\r]*:[ \t\n\r]*/y;
// The full JSON number grammar, so a malformed token (e.g. 0123) is never half-quoted into something valid.
const NUMBER_TOKEN = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const INTEGER = /^-?\d+$/;

/** JSON.parse that turns a bare integer under `personId` / `id` (at any depth) into its exact digit string. */
export function parseCloduraJson(text: string): unknown {
  return JSON.parse(quoteIdIntegers(text));
}

/** parseCloduraJson for bodies that may not be JSON at all (HTML pages, empty answers): null instead of throwing. */
export function tryParseCloduraJson(text: string): unknown {
  try {
    return parseCloduraJson(text);
  } catch {
    return null;
  }
}

/**
 * Walks string tokens only (every `"` outside a string opens one), so text inside string values is never rewritten.
 * Node 20 has no JSON.parse source-text access, hence the pre-pass instead of a reviver.
 */
function quoteIdIntegers(text: string): string {
  let output = "";
  let copiedUpTo = 0;
  let cursor = text.indexOf('"');
  while (cursor !== -1) {
    STRING_TOKEN.lastIndex = cursor;
    const token = STRING_TOKEN.exec(text);
    if (token === null) break; // unterminated string: JSON.parse reports it
    cursor = STRING_TOKEN.lastIndex;
    const integer = isIdKey(token[0]) ? findIdInteger(text, cursor) : null;
    if (integer !== null) {
      output += `${text.slice(copiedUpTo, integer.start)}"${text.slice(integer.start, integer.end)}"`;
      copiedUpTo = integer.end;
      cursor = integer.end;
    }
    cursor = text.indexOf('"', cursor);
  }
  return output + text.slice(copiedUpTo);
}

function isIdKey(token: string): boolean {
  if (!token.includes("\\")) return ID_KEYS.has(token.slice(1, -1));
  try {
    return ID_KEYS.has(JSON.parse(token) as string);
  } catch {
    return false;
  }
}

/** The span of the bare integer value after an id key, or null when the value is anything else. */
function findIdInteger(text: string, afterKey: number): { start: number; end: number } | null {
  KEY_SEPARATOR.lastIndex = afterKey;
  if (KEY_SEPARATOR.exec(text) === null) return null; // a string value, not a key
  const start = KEY_SEPARATOR.lastIndex;
  NUMBER_TOKEN.lastIndex = start;
  const number = NUMBER_TOKEN.exec(text);
  if (number === null || !INTEGER.test(number[0])) return null;
  return { start, end: NUMBER_TOKEN.lastIndex };
}
