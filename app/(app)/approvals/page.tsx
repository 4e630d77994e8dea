import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { hasRole } from "@/lib/auth/roles";
import { getSessionUser } from "@/lib/auth/session";
import { NoAccess } from "@/components/shell/no-access";
import { ApprovalsClient } from "./client";

export const metadata: Metadata = { title: "Approvals" };

export default async function ApprovalsPage() {
  const user = await getSessionUser();
  if (!user) redirect("/login");
  if (!hasRole(user.role, "manager")) return <NoAccess page="Approvals" needs="manager" role={user.role} next={{ href: "/batches", label: "Go to your batches" }} />;
  return <ApprovalsClient viewer={{ id: user.id, role: user.role }} />;
}
