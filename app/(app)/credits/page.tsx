import type { Metadata } from "next";
import { Suspense } from "react";
import { hasRole } from "@/lib/auth/roles";
import { getSessionUser } from "@/lib/auth/session";
import { teamTimeZone } from "@/lib/settings/team-time-zone";
import { CreditsClient } from "./client";

export const metadata: Metadata = { title: "Credits" };

export default async function CreditsPage() {
  const user = await getSessionUser();
  return (
    <Suspense fallback={<p className="py-10 text-center text-sm text-zinc-500">Loading credits…</p>}>
      <CreditsClient isManager={user ? hasRole(user.role, "manager") : false} timeZone={teamTimeZone()} />
    </Suspense>
  );
}
