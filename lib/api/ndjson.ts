export const NDJSON = "application/x-ndjson";

/** `first` on a line of its own, then `rest` as JSON arrays of up to `perLine` values, a line each. */
export function toNdjson(first: unknown, rest: unknown[], perLine: number): string {
  const lines = [JSON.stringify(first)];
  for (let at = 0; at < rest.length; at += perLine) lines.push(JSON.stringify(rest.slice(at, at + perLine)));
  return `${lines.join("\n")}\n`;
}
