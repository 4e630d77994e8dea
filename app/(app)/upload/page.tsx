import type { Metadata } from "next";
import { getEnv } from "@/lib/env";
import { teamTimeZone } from "@/lib/settings/team-time-zone";
import { UploadClient } from "./client";

export const metadata: Metadata = { title: "Upload CSV" };

export default function UploadPage() {
  return <UploadClient offerSample={getEnv().sandboxMode} teamZone={teamTimeZone()} />;
}
