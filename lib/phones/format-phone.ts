import { parsePhoneNumberFromString } from "libphonenumber-js";
import type { PhoneNumber } from "../clodura/types";

/**
 * Keeps Clodura's text verbatim and adds E.164 when libphonenumber can read it. Validity against the numbering plan is
 * deliberately not required: providers send real numbers in ranges the bundled metadata calls invalid.
 */
export function toPhoneNumber(raw: string, type: string): PhoneNumber {
  const parsed = parsePhoneNumberFromString(raw.trim());
  return { raw, e164: parsed?.number ?? null, type };
}
