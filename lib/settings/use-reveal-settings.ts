"use client";

import { creditKeys } from "@/lib/credits/use-credits";
import type { RevealSettings } from "./reveal-settings-schema";
import { settingsSection } from "./settings-section";

export type RevealSettingsAnswer = RevealSettings & { defaults: RevealSettings };

const revealSettings = settingsSection<RevealSettingsAnswer, RevealSettings>("/api/settings/reveals", creditKeys.budgets());
export const useRevealSettings = revealSettings.useAnswer;
export const useSaveRevealSettings = revealSettings.useSave;
