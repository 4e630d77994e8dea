let prefixMs = -1;
let prefix = "";

/**
 * Time-ordered UUID (version 7 layout: 48-bit ms timestamp, then random bits). New rows land at the end of the
 * primary-key index instead of on random pages, which keeps 100k-row batch inserts fast.
 */
export function newId(): string {
  const now = Date.now();
  if (now !== prefixMs) {
    const time = now.toString(16).padStart(12, "0");
    prefix = `${time.slice(0, 8)}-${time.slice(8, 12)}-7`;
    prefixMs = now;
  }
  return prefix + crypto.randomUUID().slice(15);
}
