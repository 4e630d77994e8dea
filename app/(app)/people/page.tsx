import type { Metadata } from "next";
import { hasRole } from "@/lib/auth/roles";
import { getSessionUser } from "@/lib/auth/session";
import { PeopleClient } from "./client";

export const metadata: Metadata = { title: "People" };

/** `?search=` starts with a search, for "See on People" links. */
export default async function PeoplePage({ searchParams }: { searchParams: Promise<{ search?: string | string[] }> }) {
  const [user, { search }] = await Promise.all([getSessionUser(), searchParams]);
  return (
    <PeopleClient
      isManager={user ? hasRole(user.role, "manager") : false}
      viewerId={user?.id ?? ""}
      initialSearch={typeof search === "string" ? search.slice(0, 200) : ""}
    />
  );
}
