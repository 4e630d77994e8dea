import type { Metadata } from "next";
import { getSessionUser } from "@/lib/auth/session";
import { readBatchFilter } from "@/lib/reveals/batch-filter";
import { batchUnavailableTo } from "@/lib/reveals/batch-unavailable";
import { BatchUnavailable } from "./_components/batch-unavailable";
import { BatchClient } from "./client";

type BatchPageProps = { params: Promise<{ batchId: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

/** A tab left open on a link that does not open says so, not "Batch"; an open one shows its progress (the client's). */
export async function generateMetadata({ params }: Pick<BatchPageProps, "params">): Promise<Metadata> {
  const user = await getSessionUser();
  return { title: user && batchUnavailableTo((await params).batchId, user) ? "Batch not found" : "Batch" };
}

export default async function BatchPage({ params, searchParams }: BatchPageProps) {
  const { batchId } = await params;
  const asked = Object.entries(await searchParams).flatMap(([key, value]) => (typeof value === "string" ? [[key, value]] : []));
  const user = await getSessionUser();
  // Said here, before the page asks the API for rows it may not read (three 404s in the browser's console).
  const unavailable = user ? batchUnavailableTo(batchId, user) : null;
  if (unavailable) return <BatchUnavailable message={unavailable} sdr={user?.role === "sdr"} />;
  return <BatchClient batchId={batchId} viewer={user ? { id: user.id, role: user.role } : null} initialFilter={readBatchFilter(new URLSearchParams(asked))} />;
}
