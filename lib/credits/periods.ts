/** Budgets and the dashboard count in UTC days and months, so every server and browser agrees on "today". */
export function utcDay(at: Date | number): string {
  return new Date(at).toISOString().slice(0, 10);
}

export function startOfUtcDay(at: Date | number): Date {
  const date = new Date(at);
  return new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
}

export function startOfUtcMonth(at: Date | number): Date {
  const date = new Date(at);
  return new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), 1));
}

/** Inclusive day range ("2026-11-01" … "2026-11-26") as the rollups store it. */
export type DayRange = { from: string; to: string };

export function isDay(value: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(`${value}T00:00:00Z`));
}

/** Milliseconds bounds [start, end) of a day range, for queries on timestamps. */
export function rangeBounds(range: DayRange): { start: number; end: number } {
  return { start: Date.parse(`${range.from}T00:00:00Z`), end: Date.parse(`${range.to}T00:00:00Z`) + 86_400_000 };
}
