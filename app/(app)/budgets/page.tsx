import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { hasRole } from "@/lib/auth/roles";
import { getSessionUser } from "@/lib/auth/session";
import { teamTimeZone } from "@/lib/settings/team-time-zone";
import { BudgetsClient } from "./client";

export const metadata: Metadata = { title: "Budgets" };

export default async function BudgetsPage() {
  const user = await getSessionUser();
  if (!user || !hasRole(user.role, "manager")) redirect("/credits");
  return <BudgetsClient timeZone={teamTimeZone()} />;
}
