"use client";

import { creditKeys } from "@/lib/credits/use-credits";
import { settingsSection } from "./settings-section";
import type { TeamTimeZone } from "./time-zone";

// Every figure counted by day moves: budgets, today's spend and the dashboard.
const timeZone = settingsSection<TeamTimeZone, { timeZone: string }>("/api/settings/time-zone", creditKeys.all);
export const useTeamTimeZone = timeZone.useAnswer;
export const useSaveTeamTimeZone = timeZone.useSave;
