import Link from "next/link";
import { redirect } from "next/navigation";
import type { ReactNode } from "react";
import { ApprovalsCount } from "@/components/shell/approvals-count";
import { BatchDoneNotices } from "@/components/shell/batch-done-notices";
import { FocusKeeper } from "@/components/shell/focus-keeper";
import { NavLink } from "@/components/shell/nav-link";
import { QueueBanner } from "@/components/shell/queue-banner";
import { SignOutButton } from "@/components/shell/sign-out-button";
import { StickyHeaderOffset } from "@/components/shell/sticky-header-offset";
import { ViewerRoleProvider } from "@/components/shell/viewer-role";
import { hasRole, type Role } from "@/lib/auth/roles";
import { getSessionUser, signInPath } from "@/lib/auth/session";
import { getEnv } from "@/lib/env";
import { ANNOUNCER_ID } from "@/lib/ui/announce";

export const dynamic = "force-dynamic";

// Where each role's links (5, 7 or 9 of them, measured with a few digits of Approvals' count to spare) stop fitting
// beside the brand and the account: below it they take a row of their own.
const ownRowBelow: Record<Role, { bar: string; nav: string }> = {
  sdr: { bar: "max-[54rem]:flex-wrap", nav: "max-[54rem]:order-last max-[54rem]:basis-full max-[54rem]:-mx-2 max-[54rem]:pb-1.5" },
  manager: { bar: "max-[72rem]:flex-wrap", nav: "max-[72rem]:order-last max-[72rem]:basis-full max-[72rem]:-mx-2 max-[72rem]:pb-1.5" },
  admin: { bar: "max-2xl:flex-wrap", nav: "max-2xl:order-last max-2xl:basis-full max-2xl:-mx-2 max-2xl:pb-1.5" },
};

export default async function AppLayout({ children }: { children: ReactNode }) {
  const user = await getSessionUser();
  if (!user) redirect(await signInPath());
  const { sandboxMode } = getEnv();
  const isManager = hasRole(user.role, "manager");
  return (
    <div className="min-h-screen">
      <a href="#main" className="sr-only rounded-md bg-indigo-600 px-3 py-2 text-sm font-medium text-white focus:not-sr-only focus:fixed focus:top-2 focus:left-2 focus:z-50">
        Skip to content
      </a>
      <header id="app-header" className="top-0 z-20 [@media(min-height:36rem)]:sticky border-b border-zinc-200 bg-white/90 backdrop-blur dark:border-zinc-800 dark:bg-zinc-950/90">
        <div className={`mx-auto flex min-h-12 max-w-[1400px] items-center gap-x-3 px-4 whitespace-nowrap sm:gap-x-4 ${ownRowBelow[user.role].bar}`}>
          <Link href="/reveal" className="shrink-0 font-semibold tracking-tight">
            Reveal Desk
          </Link>
          {/* Never squeezed: too narrow for one row (a window beside LinkedIn's), the links take a row of their own, and wrap on it rather than hide past its edge. */}
          <nav aria-label="Main" className={`flex shrink-0 flex-wrap items-center gap-1 text-sm ${ownRowBelow[user.role].nav}`}>
            <NavLink href="/reveal">Reveal</NavLink>
            <NavLink href="/upload">Upload CSV</NavLink>
            <NavLink href="/batches">Batches</NavLink>
            <NavLink href="/people">People</NavLink>
            <NavLink href="/credits">Credits</NavLink>
            {isManager ? (
              <>
                <NavLink href="/approvals">
                  Approvals <ApprovalsCount />
                </NavLink>
                <NavLink href="/budgets">Budgets</NavLink>
              </>
            ) : null}
            {user.role === "admin" ? (
              <>
                <NavLink href="/team">Team</NavLink>
                <NavLink href="/settings">Settings</NavLink>
              </>
            ) : null}
          </nav>
          {sandboxMode ? (
            <span
              title="No CLODURA_API_KEY is set: requests go to the built-in Clodura simulator and cost nothing."
              className="shrink-0 whitespace-nowrap rounded-full border border-amber-300 bg-amber-50 px-2 py-0.5 text-xs font-medium text-amber-900 dark:border-amber-800 dark:bg-amber-950 dark:text-amber-200"
            >
              Sandbox<span className="hidden xl:inline">: no real credits</span>
            </span>
          ) : null}
          {/* The name gives way before the menu does: a long one is cut short, the role and Sign out stay whole. */}
          <div className="ml-auto flex h-12 min-w-0 items-center gap-2 text-sm sm:gap-3">
            <Link href="/account" title={`${user.name}: your account, change your password`} className="flex min-w-0 items-center gap-1 text-zinc-600 hover:text-zinc-900 hover:underline dark:text-zinc-400 dark:hover:text-zinc-100">
              {/* The badge says the role: a name that ends in it too ("Sam Rivera (SDR)", as demo accounts are named) drops it here. */}
              <span className="hidden truncate xl:inline">{user.name.replace(new RegExp(`\\s*\\(${user.role}\\)$`, "i"), "")} </span>
              {/* Narrower, the first name says who is signed in on a shared phone or laptop; the whole name is still read out. */}
              <span aria-hidden="true" className="max-w-24 truncate xl:hidden">
                {user.name.split(" ")[0]}
              </span>
              <span className="sr-only xl:hidden">{user.name} </span>
              <span className="shrink-0 rounded bg-zinc-100 px-1.5 py-0.5 text-xs uppercase tracking-wide dark:bg-zinc-800">{user.role}</span>
            </Link>
            <SignOutButton />
          </div>
        </div>
      </header>
      <StickyHeaderOffset headerId="app-header" />
      <FocusKeeper />
      <QueueBanner isAdmin={user.role === "admin"} />
      {user.temporaryPassword ? (
        <p role="status" className="border-b border-amber-200 bg-amber-50 px-4 py-2 text-center text-sm text-amber-950 dark:border-amber-900 dark:bg-amber-950 dark:text-amber-100">
          You are signed in with a password an admin made for you.{" "}
          <Link href="/account" className="font-medium underline underline-offset-2">
            Choose your own
          </Link>{" "}
          so that only you know it.
        </p>
      ) : null}
      <main id="main" tabIndex={-1} className="mx-auto max-w-[1400px] px-4 py-6 focus:outline-none">
        <ViewerRoleProvider role={user.role}>{children}</ViewerRoleProvider>
      </main>
      <BatchDoneNotices />
      <div id={ANNOUNCER_ID} aria-live="polite" className="sr-only" />
    </div>
  );
}
