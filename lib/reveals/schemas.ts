import { z } from "zod";
import type { PhoneNumber } from "@/lib/clodura/types";
import type { RevealState } from "./state-machine";

export const PASTE_BODY_LIMIT = 2 * 1024 * 1024;
export const MAX_PASTED_PROFILES = 10_000;

export const createRevealsRequestSchema = z.object({
  text: z.string().max(PASTE_BODY_LIMIT, "The pasted text is over 2 MB: split it into smaller pastes."),
  viaPartners: z.boolean().default(true),
});
export type CreateRevealsRequest = z.input<typeof createRevealsRequestSchema>;

export type CreateRevealsResponse = {
  batchId: string;
  total: number;
  duplicates: number;
  refused: { line: number; input: string; reason: string }[];
};

export type ProviderCell = { status: string; numbers: PhoneNumber[]; charged: boolean };

export type BatchRow = {
  revealId: string;
  state: RevealState;
  firstName: string | null;
  lastName: string | null;
  linkedinUrl: string | null;
  personId: string | null;
  errorMessage: string | null;
  attempts: number;
  results: Record<string, ProviderCell>;
};

export type BatchView = {
  id: string;
  createdAt: number;
  createdBy: string;
  source: string;
  viaPartners: boolean;
  total: number;
  counts: Record<RevealState, number>;
  /** Every provider seen in this batch, in waterfall (payload) order. */
  providers: string[];
  rows: BatchRow[];
};

export type BatchSummary = { id: string; createdAt: number; createdBy: string; total: number; done: number; found: number };
