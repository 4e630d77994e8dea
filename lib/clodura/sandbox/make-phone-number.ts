import { hashPerson, pickFor } from "./hash-person";

/** Area codes whose 555-0100…0199 lines are reserved for fiction, so no real person is ever shown. */
const usAreaCodes = ["415", "628", "212", "646", "312", "617", "206", "512", "303", "404", "213", "305"] as const;

type UkPrefix = readonly [area: string, exchange: string, lead: string];

/** Ofcom's drama ranges, valid UK numbering that is never assigned. */
const ukPrefixes: readonly [UkPrefix, ...UkPrefix[]] = [
  ["20", "7946", "0"],
  ["161", "496", "0"],
  ["113", "496", "0"],
];

/** A fictional but valid US or UK number, in one of the mixed raw formats Clodura's providers send. */
export function makePhoneNumber(personKey: string, salt: string): string {
  const h = hashPerson(personKey, `${salt}:number`);
  if (h % 5 === 0) return makeUkNumber(personKey, salt, h);
  const area = pickFor(personKey, `${salt}:area`, usAreaCodes);
  const line = `01${String(h % 100).padStart(2, "0")}`;
  switch (Math.floor(h / 5) % 4) {
    case 0:
      return `+1${area}555${line}`;
    case 1:
      return `+1 ${area}-555-${line}`;
    case 2:
      return `+1${area}-555-${line}`;
    default:
      return `+1 (${area}) 555-${line}`;
  }
}

function makeUkNumber(personKey: string, salt: string, h: number): string {
  const [area, exchange, lead] = pickFor(personKey, `${salt}:uk`, ukPrefixes);
  const rest = `${lead}${String(h % 1000).padStart(3, "0")}`;
  return Math.floor(h / 5) % 2 === 0 ? `+44 ${area} ${exchange} ${rest}` : `+44${area}${exchange}${rest}`;
}
