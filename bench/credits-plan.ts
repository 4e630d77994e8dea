import { settingDefinitions } from "../lib/settings/definitions";

/** The seeded team's shape: one year of batches by ~20 people, ending with a batch still running. */
export const LEDGER_ROWS = 1_000_000;
export const DAYS = 365;
export const DAY_MS = 86_400_000;
/** Waterfall order: Clodura first, then partners; a found reveal is charged by the last provider asked. */
export const PROVIDERS = Object.entries(settingDefinitions.providerPrices.defaultValue).map(([name, price]) => ({ name, price }));

export type PlannedUser = { id: string; name: string; email: string; role: "sdr" | "manager" };
export type PlannedBatch = {
  id: string;
  userId: string;
  at: number;
  /** Index of the batch's first reveal among all seeded reveals (also its first contact). */
  first: number;
  size: number;
  viaPartners: boolean;
  /** Trailing reveals still queued or awaiting an answer (only the batch still running has any). */
  open: number;
  source: "csv" | "paste" | "api";
};

const FIRST = ["Avery", "Blake", "Casey", "Devon", "Emery", "Finley", "Harper", "Jordan", "Kendall", "Logan"];
const LAST = ["Brooks", "Chen", "Diaz", "Evans", "Patel", "Kim", "Nowak", "Okafor", "Rossi", "Silva"];

/** Time-ordered id in the layout of db/ids.ts (UUID v7), deterministic from a time and a counter. */
export function v7(ms: number, tag: number, counter: number): string {
  const time = ms.toString(16).padStart(12, "0");
  const hex = (value: number, width: number) => value.toString(16).padStart(width, "0");
  return `${time.slice(0, 8)}-${time.slice(8, 12)}-7${hex(tag, 3)}-${hex(0x8000 + (counter % 0x4000), 4)}-${hex(counter, 12)}`;
}

/** The same id as `v7`, computed by SQLite for rows made by INSERT … SELECT. */
export function v7Sql(ms: string, tag: number, counter: string): string {
  return `printf('%08x-%04x-7%03x-%04x-%012x', (${ms}) / 65536, (${ms}) % 65536, ${tag}, 32768 + (${counter}) % 16384, ${counter})`;
}

/** Small deterministic PRNG (mulberry32), so every run seeds the same data. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

export function planUsers(now: number): PlannedUser[] {
  return Array.from({ length: 20 }, (_, index) => {
    const role = index < 3 ? "manager" : "sdr";
    return {
      id: v7(now - (DAYS + 30) * DAY_MS, 0x0a0, index),
      name: `${FIRST[index % 10]} ${LAST[(index * 3 + Math.floor(index / 10)) % 10]}`,
      email: `${role}${index}@bench.example`,
      role,
    };
  });
}

/** Found reveals in a finished batch of `size`: every tenth reveal found no number. */
export const foundIn = (size: number) => size - Math.floor(size / 10);

/**
 * ~5,000 batches of 10–650 reveals (mostly small, a few large) spread over the year, sized so exactly LEDGER_ROWS
 * reveals are found, then one batch submitted five minutes ago whose reveals are still in flight.
 */
export function planBatches(users: PlannedUser[], now: number): PlannedBatch[] {
  const next = random(20_261_126);
  const sizes: number[] = [];
  for (let found = 0; found < LEDGER_ROWS; ) {
    let size = 10 + Math.floor(next() ** 2 * 640);
    while (found + foundIn(size) > LEDGER_ROWS) size -= 1;
    sizes.push(size);
    found += foundIn(size);
  }
  // SDRs submit most batches, some much more than others; managers now and then.
  const weights = users.map((user, index) => (user.role === "manager" ? 0.3 : 1 + (index % 4)));
  const totalWeight = weights.reduce((sum, weight) => sum + weight, 0);
  const pickUser = () => {
    let roll = next() * totalWeight;
    return users.find((_, index) => (roll -= weights[index]!) < 0) ?? users.at(-1)!;
  };
  const start = now - DAYS * DAY_MS;
  const spacing = (DAYS * DAY_MS - 3 * 3_600_000) / sizes.length;
  let first = 0;
  const batches = sizes.map((size, index): PlannedBatch => {
    const at = Math.round(start + (index + 0.3 * next()) * spacing);
    const roll = next();
    const batch: PlannedBatch = {
      id: v7(at, 0x0b0, index),
      userId: pickUser().id,
      at,
      first,
      size,
      viaPartners: roll >= 0.1,
      open: 0,
      source: roll < 0.75 ? "csv" : roll < 0.95 ? "paste" : "api",
    };
    first += size;
    return batch;
  });
  const runningAt = now - 5 * 60_000;
  const sdr = users.find((user) => user.role === "sdr")!;
  batches.push({ id: v7(runningAt, 0x0b0, sizes.length), userId: sdr.id, at: runningAt, first, size: 150, viaPartners: true, open: 150, source: "csv" });
  return batches;
}
