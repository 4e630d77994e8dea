import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";

export const metadata: Metadata = { title: "Page not found" };

/** Rendered per request, not at build time, so its scripts carry the response's nonce like every other page's. */
export default async function NotFound() {
  await connection();
  return (
    <main className="flex min-h-screen items-center justify-center px-4 py-12">
      <div className="max-w-sm text-center">
        <h1 className="text-2xl font-semibold tracking-tight">No page here</h1>
        <p className="mt-2 text-sm text-zinc-600 dark:text-zinc-400">The address may be mistyped, or the link may be old.</p>
        <Link
          href="/reveal"
          className="mt-6 inline-block rounded-md bg-indigo-600 px-4 py-2 text-sm font-medium text-white hover:bg-indigo-500 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-600"
        >
          Go to Reveal
        </Link>
      </div>
    </main>
  );
}
