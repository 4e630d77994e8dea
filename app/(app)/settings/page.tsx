import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { hasRole } from "@/lib/auth/roles";
import { getSessionUser } from "@/lib/auth/session";
import { NoAccess } from "@/components/shell/no-access";
import { ConnectionCard } from "./connection-card";
import { PricingForm } from "./pricing-form";
import { RevealSettingsForm } from "./reveal-settings-form";
import { TimeZoneForm } from "./time-zone-form";

export const metadata: Metadata = { title: "Settings" };

export default async function SettingsPage() {
  const user = await getSessionUser();
  if (!user) redirect("/login");
  if (!hasRole(user.role, "admin")) return <NoAccess page="Settings" needs="admin" role={user.role} next={{ href: "/credits", label: "Go to Credits" }} />;
  return (
    <div className="space-y-4">
      <div className="max-w-2xl">
        <h1 className="text-lg font-semibold">Settings</h1>
        <p className="text-sm text-zinc-500 dark:text-zinc-400">Whether Clodura&apos;s answers reach the app, how the ledger charges found numbers, how reveals are sent and answered, and which days budgets count. Changes apply from now on; every change is in the history on the Budgets page.</p>
      </div>
      {/* One column of cards at a form's width; two on a wide screen, read down the first, then the second. */}
      <div className="max-w-2xl gap-4 xl:max-w-[86rem] xl:columns-2 [&>*]:mb-4 [&>*]:break-inside-avoid">
        <ConnectionCard />
        <PricingForm />
        <RevealSettingsForm />
        <TimeZoneForm />
      </div>
    </div>
  );
}
