import type { Metadata } from "next";
import { hasRole } from "@/lib/auth/roles";
import { isListedTeammate } from "@/lib/auth/list-teammates";
import { getSessionUser } from "@/lib/auth/session";
import { fitPeopleFilterTo, readPeopleFilter } from "@/lib/reveals/people-filter-link";
import { pageQuery } from "@/lib/ui/page-query";
import { PeopleClient } from "./client";

export const metadata: Metadata = { title: "People" };

/** The link's `?search=&outcome=&by=` start the page narrowed: "See on People" links, Back, a shared view. */
export default async function PeoplePage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const [user, asked] = await Promise.all([getSessionUser(), searchParams]);
  const isManager = user ? hasRole(user.role, "manager") : false;
  const { filter, leftOut } = fitPeopleFilterTo(readPeopleFilter(pageQuery(asked)), { id: user?.id ?? "", isManager, knows: isListedTeammate });
  return <PeopleClient isManager={isManager} viewerId={user?.id ?? ""} initialFilter={filter} byLeftOut={leftOut} />;
}
