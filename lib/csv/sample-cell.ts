import { normaliseLinkedIn } from "@/lib/linkedin/normalise";

/**
 * A mapped column's example under its select: its first filled cell, or for the profile columns its first usable one,
 * so a file whose first row is broken does not show "e.g. not a url" under a right guess.
 */
export function sampleCell(rows: string[][], column: number | null, profileColumn: boolean): string | null {
  if (column === null) return null;
  const filled = rows.map((row) => row[column]?.trim() ?? "").filter(Boolean);
  return (profileColumn ? filled.find((cell) => normaliseLinkedIn(cell).ok) : undefined) ?? filled[0] ?? null;
}
