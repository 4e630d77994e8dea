import { getDb } from "@/db";
import type { SessionUser } from "@/lib/auth/roles";
import { AppError } from "@/lib/errors";
import { assertCanSeeBatch } from "./get-batch";

/** For the batch page, which does not hold the db: why this viewer cannot open the batch, or null when they can. */
export function batchUnavailableTo(batchId: string, viewer: SessionUser): string | null {
  try {
    assertCanSeeBatch(getDb(), batchId, viewer);
    return null;
  } catch (error) {
    if (error instanceof AppError && error.code === "not_found") return error.message;
    throw error;
  }
}
