/**
 * The E.164 digits a search for a phone number stands for, however it was typed, or null when the text is not a phone
 * number (6 digits at least). An international prefix typed as 00, a national trunk 0 or the UK's "(0)" is not part of
 * them: "020 7946 0958" and "+44 (0)20 7946 0958" both find +44 20 7946 0958.
 */
export function phoneSearchDigits(text: string): string | null {
  if (!/^[\d\s()+.-]+$/.test(text)) return null;
  const digits = text.replace(/\(0\)/g, "").replace(/\D/g, "").replace(/^00?/, "");
  return digits.length >= 6 ? digits : null;
}
