import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { demoAccounts } from "@/lib/auth/demo-accounts";
import { safeCallbackPath } from "@/lib/auth/safe-callback";
import { signInError } from "@/lib/auth/sign-in-error";
import { ACCOUNT_DISABLED } from "@/lib/auth/team-schema";
import { getSessionUser } from "@/lib/auth/session";
import { getEnv } from "@/lib/env";
import { LoginForm } from "./client";

export const metadata: Metadata = { title: "Sign in" };
export const dynamic = "force-dynamic";

export default async function LoginPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string; ended?: string }> }) {
  const { callbackUrl, ended } = await searchParams;
  const target = safeCallbackPath(callbackUrl);
  if (await getSessionUser()) redirect(target);
  const { sandboxMode } = getEnv();
  return (
    <main className="flex min-h-screen items-center justify-center px-4 py-12">
      <div className="w-full max-w-sm">
        <div className="mb-8 text-center">
          <h1 className="text-2xl font-semibold tracking-tight">Reveal Desk</h1>
          <p className="mt-1 text-sm text-zinc-500 dark:text-zinc-400">LinkedIn profiles in, phone numbers out. Every credit visible.</p>
        </div>
        <LoginForm callbackUrl={target} notice={ended === "disabled" ? signInError(ACCOUNT_DISABLED).message : null} demoAccounts={sandboxMode ? demoAccounts.map(({ email, password, role }) => ({ email, password, role })) : []} />
      </div>
    </main>
  );
}
