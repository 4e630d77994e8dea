import type { Metadata } from "next";
import { getSessionUser } from "@/lib/auth/session";
import { batchUnavailableTo } from "@/lib/reveals/batch-unavailable";
import { BatchUnavailable } from "./_components/batch-unavailable";
import { BatchClient } from "./client";

export const metadata: Metadata = { title: "Batch" };

export default async function BatchPage({ params }: { params: Promise<{ batchId: string }> }) {
  const { batchId } = await params;
  const user = await getSessionUser();
  // Said here, before the page asks the API for rows it may not read (three 404s in the browser's console).
  const unavailable = user ? batchUnavailableTo(batchId, user) : null;
  if (unavailable) return <BatchUnavailable message={unavailable} />;
  return <BatchClient batchId={batchId} viewer={user ? { id: user.id, role: user.role } : null} />;
}
