import type { Metadata } from "next";
import { getSessionUser } from "@/lib/auth/session";
import { BatchClient } from "./client";

export const metadata: Metadata = { title: "Batch" };

export default async function BatchPage({ params }: { params: Promise<{ batchId: string }> }) {
  const { batchId } = await params;
  const user = await getSessionUser();
  return <BatchClient batchId={batchId} viewer={user ? { id: user.id, role: user.role } : null} />;
}
