import type { Metadata } from "next";
import { hasRole } from "@/lib/auth/roles";
import { getSessionUser } from "@/lib/auth/session";
import { PeopleClient } from "./client";

export const metadata: Metadata = { title: "People" };

export default async function PeoplePage() {
  const user = await getSessionUser();
  return <PeopleClient canExport={user ? hasRole(user.role, "manager") : false} />;
}
