import { parsePhoneNumberFromString } from "libphonenumber-js";
import type { PhoneNumber } from "../clodura/types";

/**
 * Keeps Clodura's text verbatim and adds E.164 (to dial and export) and the grouped international form (to read) when
 * libphonenumber can read it, once, as the result arrives: a 95k-row batch page then formats nothing. Validity against the numbering plan is
 * deliberately not required: providers send real numbers in ranges the bundled metadata calls invalid.
 */
export function toPhoneNumber(raw: string, type: string): PhoneNumber {
  const parsed = parsePhoneNumberFromString(raw.trim());
  if (!parsed) return { raw, e164: null, type };
  return { raw, e164: parsed.number, international: parsed.formatInternational(), type };
}
