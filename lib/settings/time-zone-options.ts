/** Old names the browser's list still uses, by the name a team knows the place by today. */
const CURRENT_NAMES: Record<string, string> = {
  "Asia/Calcutta": "Asia/Kolkata",
  "Europe/Kiev": "Europe/Kyiv",
  "Asia/Saigon": "Asia/Ho_Chi_Minh",
  "Asia/Katmandu": "Asia/Kathmandu",
  "Asia/Rangoon": "Asia/Yangon",
  "America/Buenos_Aires": "America/Argentina/Buenos_Aires",
  "America/Godthab": "America/Nuuk",
  "Atlantic/Faeroe": "Atlantic/Faroe",
  "Pacific/Truk": "Pacific/Chuuk",
  "Pacific/Ponape": "Pacific/Pohnpei",
  "Pacific/Enderbury": "Pacific/Kanton",
  "Africa/Asmera": "Africa/Asmara",
  "America/Indianapolis": "America/Indiana/Indianapolis",
  "America/Louisville": "America/Kentucky/Louisville",
};

/** A zone by the name the place has today ("Asia/Calcutta" → "Asia/Kolkata"). */
export function currentZoneName(zone: string): string {
  return CURRENT_NAMES[zone] ?? zone;
}

export type TimeZoneOption = { zone: string; label: string };

/**
 * Every zone the browser knows, by its current name in alphabetical order, labelled with its offset now: "Asia/Kolkata (GMT+5:30)". `keep`
 * (the saved zone, the default) come first as saved, shown by their current name and not listed twice.
 */
export function timeZoneOptions(known: readonly string[], keep: readonly string[], now = new Date()): TimeZoneOption[] {
  const kept = [...new Set(keep)];
  const shown = new Set(kept.map(currentZoneName));
  // Sorted by the names shown: the browser sorts by the old ones, which put Asia/Kolkata between Brunei and Chita.
  const others = [...new Set(known.map(currentZoneName))].filter((zone) => !shown.has(zone)).sort((a, b) => a.localeCompare(b, "en"));
  return [...kept, ...others].map((zone) => ({ zone, label: `${currentZoneName(zone).replaceAll("_", " ")} (${offsetOf(zone, now)})` }));
}

function offsetOf(zone: string, now: Date): string {
  const name = new Intl.DateTimeFormat("en", { timeZone: zone, timeZoneName: "shortOffset" }).formatToParts(now).find((part) => part.type === "timeZoneName")?.value;
  return name === "GMT" || !name ? "GMT+0" : name;
}
