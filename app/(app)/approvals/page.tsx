import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { hasRole } from "@/lib/auth/roles";
import { getSessionUser } from "@/lib/auth/session";
import { ApprovalsClient } from "./client";

export const metadata: Metadata = { title: "Approvals" };

export default async function ApprovalsPage() {
  const user = await getSessionUser();
  if (!user || !hasRole(user.role, "manager")) redirect("/batches");
  return <ApprovalsClient />;
}
