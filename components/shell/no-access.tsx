import Link from "next/link";
import type { Role } from "@/lib/auth/roles";

const roleWithArticle: Record<Role, string> = { sdr: "an SDR", manager: "a manager", admin: "an admin" };

type NoAccessProps = { page: string; needs: Exclude<Role, "sdr">; role: Role; next: { href: string; label: string } };

/** What a page says to someone whose role may not open it (a link shared in chat, a bookmark): why, and where to go. */
export function NoAccess({ page, needs, role, next }: NoAccessProps) {
  return (
    <div className="mx-auto max-w-lg rounded-xl border border-dashed border-zinc-300 px-6 py-12 text-center dark:border-zinc-700">
      <h1 className="text-lg font-semibold">{page}</h1>
      <p className="mt-2 text-sm text-zinc-600 dark:text-zinc-400">
        {page} is for {needs === "admin" ? "admins" : "managers and admins"}, and you are signed in as {roleWithArticle[role]}. An
        admin can change your role on Team.
      </p>
      <Link href={next.href} className="mt-4 inline-block text-sm font-medium text-indigo-700 hover:underline dark:text-indigo-300">
        {next.label}
      </Link>
    </div>
  );
}
