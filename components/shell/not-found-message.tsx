import Link from "next/link";

/** "No page here", why that may be, and the way back to the page a rep starts from. */
export function NotFoundMessage({ hint }: { hint?: string }) {
  return (
    <div className="mx-auto max-w-md text-center">
      <h1 className="text-2xl font-semibold tracking-tight">No page here</h1>
      <p className="mt-2 text-sm text-zinc-600 dark:text-zinc-400">The address may be mistyped, or the link may be old.{hint ? ` ${hint}` : ""}</p>
      <Link
        href="/reveal"
        className="mt-6 inline-block rounded-md bg-indigo-600 px-4 py-2 text-sm font-medium text-white hover:bg-indigo-500 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-600"
      >
        Go to Reveal
      </Link>
    </div>
  );
}
