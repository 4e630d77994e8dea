import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { hasRole } from "@/lib/auth/roles";
import { getSessionUser } from "@/lib/auth/session";
import { BatchesClient } from "./client";

export const metadata: Metadata = { title: "Batches" };

export default async function BatchesPage() {
  const user = await getSessionUser();
  if (!user) redirect("/login");
  return <BatchesClient seesTeam={hasRole(user.role, "manager")} />;
}
