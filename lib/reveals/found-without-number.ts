/**
 * The error code of a "not found" a provider called found: it sent no number (or only "N/A"). Clodura counts it as
 * found, so it is charged, but it is no answer to reuse: the next list sends the person again.
 */
export const FOUND_WITHOUT_NUMBER = "found_without_number";

export function foundWithoutNumberMessage(provider: string): string {
  return `${provider} said it found this person but sent no phone number. Clodura counts it as found, so it is shown as charged; reveal again to try for a number, or ask Clodura support about the charge.`;
}
