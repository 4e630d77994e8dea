import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getSessionUser } from "@/lib/auth/session";
import { TeamClient } from "./client";

export const metadata: Metadata = { title: "Team" };

export default async function TeamPage() {
  const user = await getSessionUser();
  if (!user || user.role !== "admin") redirect("/credits");
  return <TeamClient currentUserId={user.id} />;
}
