import type { Metadata } from "next";
import { getDb } from "@/db";
import { getSessionUser } from "@/lib/auth/session";
import { AppError } from "@/lib/errors";
import { assertCanSeeBatch } from "@/lib/reveals/get-batch";
import { BatchUnavailable } from "./_components/batch-unavailable";
import { BatchClient } from "./client";

export const metadata: Metadata = { title: "Batch" };

export default async function BatchPage({ params }: { params: Promise<{ batchId: string }> }) {
  const { batchId } = await params;
  const user = await getSessionUser();
  // Said here, before the page asks the API for rows it may not read (three 404s in the browser's console).
  const unavailable = user ? whyUnavailable(batchId, user) : null;
  if (unavailable) return <BatchUnavailable message={unavailable} />;
  return <BatchClient batchId={batchId} viewer={user ? { id: user.id, role: user.role } : null} />;
}

function whyUnavailable(batchId: string, user: Parameters<typeof assertCanSeeBatch>[2]): string | null {
  try {
    assertCanSeeBatch(getDb(), batchId, user);
    return null;
  } catch (error) {
    if (error instanceof AppError && error.code === "not_found") return error.message;
    throw error;
  }
}
