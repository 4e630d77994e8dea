/**
 * Time-ordered UUID (version 7 layout: 48-bit ms timestamp, then random bits). New rows land at the end of the
 * primary-key index instead of on random pages, which keeps 100k-row batch inserts fast.
 */
export function newId(): string {
  const random = crypto.randomUUID();
  const time = Date.now().toString(16).padStart(12, "0");
  return `${time.slice(0, 8)}-${time.slice(8, 12)}-7${random.slice(15)}`;
}
