"use client";

import { creditKeys } from "@/lib/credits/use-credits";
import type { Pricing, PricingAnswer } from "./pricing";
import { settingsSection } from "./settings-section";

export type { PricingAnswer };

const pricing = settingsSection<PricingAnswer, Pricing>("/api/settings/pricing", creditKeys.budgets());
export const usePricing = pricing.useAnswer;
export const useSavePricing = pricing.useSave;
