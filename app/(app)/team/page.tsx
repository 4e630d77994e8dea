import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getSessionUser } from "@/lib/auth/session";
import { NoAccess } from "@/components/shell/no-access";
import { TeamClient } from "./client";

export const metadata: Metadata = { title: "Team" };

export default async function TeamPage() {
  const user = await getSessionUser();
  if (!user) redirect("/login");
  if (user.role !== "admin") return <NoAccess page="Team" needs="admin" role={user.role} next={{ href: "/credits", label: "Go to Credits" }} />;
  return <TeamClient currentUserId={user.id} />;
}
