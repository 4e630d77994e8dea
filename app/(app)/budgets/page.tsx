import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { hasRole } from "@/lib/auth/roles";
import { getSessionUser } from "@/lib/auth/session";
import { NoAccess } from "@/components/shell/no-access";
import { teamTimeZone } from "@/lib/settings/team-time-zone";
import { BudgetsClient } from "./client";

export const metadata: Metadata = { title: "Budgets" };

export default async function BudgetsPage() {
  const user = await getSessionUser();
  if (!user) redirect("/login");
  if (!hasRole(user.role, "manager")) return <NoAccess page="Budgets" needs="manager" role={user.role} next={{ href: "/credits", label: "See your spend on Credits" }} />;
  return <BudgetsClient timeZone={teamTimeZone()} viewer={{ id: user.id, role: user.role }} />;
}
