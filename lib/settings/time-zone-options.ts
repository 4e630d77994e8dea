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

/** Every zone the browser knows, by its current name, labelled with its offset now: "Asia/Kolkata (GMT+5:30)". */
export function timeZoneOptions(known: readonly string[], keep: readonly string[], now = new Date()): TimeZoneOption[] {
  const zones = [...new Set([...keep, ...known.map(currentZoneName)])];
  return zones.map((zone) => ({ zone, label: `${zone.replaceAll("_", " ")} (${offsetOf(zone, now)})` }));
}

function offsetOf(zone: string, now: Date): string {
  const name = new Intl.DateTimeFormat("en", { timeZone: zone, timeZoneName: "shortOffset" }).formatToParts(now).find((part) => part.type === "timeZoneName")?.value;
  return name === "GMT" || !name ? "GMT+0" : name;
}
