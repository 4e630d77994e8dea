import type { Metadata } from "next";
import { Suspense } from "react";
import { hasRole } from "@/lib/auth/roles";
import { isListedTeammate } from "@/lib/auth/list-teammates";
import { getSessionUser } from "@/lib/auth/session";
import { teamTimeZone } from "@/lib/settings/team-time-zone";
import { pageQuery } from "@/lib/ui/page-query";
import { CreditsClient } from "./client";

export const metadata: Metadata = { title: "Credits" };

export default async function CreditsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const [user, asked] = await Promise.all([getSessionUser(), searchParams]);
  const isManager = user ? hasRole(user.role, "manager") : false;
  const sdr = pageQuery(asked).get("sdr");
  return (
    <Suspense fallback={<p className="py-10 text-center text-sm text-zinc-500">Loading credits…</p>}>
      <CreditsClient isManager={isManager} viewerId={user?.id ?? ""} timeZone={teamTimeZone()} unknownSdr={isManager && sdr !== null && !isListedTeammate(sdr) ? sdr : null} />
    </Suspense>
  );
}
