import type { Metadata } from "next";
import { BatchClient } from "./client";

export const metadata: Metadata = { title: "Batch" };

export default async function BatchPage({ params }: { params: Promise<{ batchId: string }> }) {
  const { batchId } = await params;
  return <BatchClient batchId={batchId} />;
}
