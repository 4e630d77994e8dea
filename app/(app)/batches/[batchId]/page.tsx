import type { Metadata } from "next";
import { cache } from "react";
import { getSessionUser } from "@/lib/auth/session";
import { readBatchFilter } from "@/lib/reveals/batch-filter";
import { batchUnavailableTo } from "@/lib/reveals/batch-unavailable";
import { pageQuery } from "@/lib/ui/page-query";
import { BatchUnavailable } from "./_components/batch-unavailable";
import { BatchClient } from "./client";

type BatchPageProps = { params: Promise<{ batchId: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

/**
 * Who is asking, and why they cannot open the batch (null when they can): read once per request, for the tab's title
 * and the page alike. Said before the page asks the API for rows it may not read (three 404s in the browser's console).
 */
const batchAccess = cache(async (batchId: string) => {
  const user = await getSessionUser();
  return { user, unavailable: user ? batchUnavailableTo(batchId, user) : null };
});

/** A tab left open on a link that does not open says so, not "Batch"; an open one shows its progress (the client's). */
export async function generateMetadata({ params }: Pick<BatchPageProps, "params">): Promise<Metadata> {
  const { unavailable } = await batchAccess((await params).batchId);
  return { title: unavailable ? "Batch not found" : "Batch" };
}

export default async function BatchPage({ params, searchParams }: BatchPageProps) {
  const { batchId } = await params;
  const { user, unavailable } = await batchAccess(batchId);
  if (unavailable) return <BatchUnavailable message={unavailable} sdr={user?.role === "sdr"} />;
  return <BatchClient batchId={batchId} viewer={user ? { id: user.id, role: user.role } : null} initialFilter={readBatchFilter(pageQuery(await searchParams))} />;
}
