import { randomFillSync } from "node:crypto";

const POOL_BYTES = 8 * 1024;
const pool = new Uint8Array(POOL_BYTES);
let poolOffset = POOL_BYTES;
const HEX = Array.from({ length: 256 }, (_, byte) => byte.toString(16).padStart(2, "0"));

let prefixMs = -1;
let prefix = "";

/**
 * Time-ordered UUID (version 7 layout: 48-bit ms timestamp, then random bits). New rows land at the end of the
 * primary-key index instead of on random pages, which keeps 100k-row batch inserts fast. Random bytes come from a
 * pooled buffer: a 100k-row batch needs 200k ids, and one crypto call each was a tenth of its insert time.
 */
export function newId(): string {
  const now = Date.now();
  if (now !== prefixMs) {
    const time = now.toString(16).padStart(12, "0");
    prefix = `${time.slice(0, 8)}-${time.slice(8, 12)}-7`;
    prefixMs = now;
  }
  if (poolOffset + 10 > POOL_BYTES) {
    randomFillSync(pool);
    poolOffset = 0;
  }
  const b = pool;
  const i = poolOffset;
  poolOffset += 10;
  // 3 hex digits of rand_a, then the variant (10xx) and 62 bits of rand_b.
  return (
    prefix +
    HEX[b[i]!]!.slice(1) +
    HEX[b[i + 1]!] +
    "-" +
    HEX[0x80 | (b[i + 2]! & 0x3f)] +
    HEX[b[i + 3]!] +
    "-" +
    HEX[b[i + 4]!] +
    HEX[b[i + 5]!] +
    HEX[b[i + 6]!] +
    HEX[b[i + 7]!] +
    HEX[b[i + 8]!] +
    HEX[b[i + 9]!]
  );
}
