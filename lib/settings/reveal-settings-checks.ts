import type { RevealSettings } from "./reveal-settings-schema";

/**
 * Values the server takes but that few mean, each said with what it does, by field: the form saves them only on a
 * second press. A value as it is in `saved` was confirmed when it was saved: it is not asked about again.
 */
export function revealSettingsToConfirm(next: RevealSettings, saved: RevealSettings): Partial<Record<keyof RevealSettings, string>> {
  const warnings: Partial<Record<keyof RevealSettings, string>> = {};
  if (next.freshnessDays === 0 && saved.freshnessDays !== 0) {
    warnings.freshnessDays = "A window of 0 days reuses no earlier answer: every person is sent to Clodura and paid for again each time anyone reveals them, even a minute after a teammate did.";
  }
  return warnings;
}
