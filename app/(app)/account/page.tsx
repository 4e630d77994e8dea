import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getSessionUser } from "@/lib/auth/session";
import { roleNames } from "@/lib/auth/team-schema";
import { PasswordForm } from "./password-form";

export const metadata: Metadata = { title: "Your account" };

export default async function AccountPage() {
  const user = await getSessionUser();
  if (!user) redirect("/login");
  return (
    <div className="max-w-md space-y-4">
      <div>
        <h1 className="text-lg font-semibold">Your account</h1>
        <p className="text-sm text-zinc-500 dark:text-zinc-400">
          {user.name} · {user.email} · {roleNames[user.role]}. An admin changes names and roles on Team.
        </p>
      </div>
      <PasswordForm owner={{ name: user.name, email: user.email }} />
    </div>
  );
}
