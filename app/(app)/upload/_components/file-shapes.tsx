import { Button } from "@/components/ui/button";

type Sample = { href: string; onTry: () => void };

/** The empty state: which exports work as they are, so nobody has to reformat a file before trying. */
export function FileShapes({ sample }: { sample: Sample | null }) {
  return (
    <section aria-labelledby="shapes-heading" className="rounded-xl border border-zinc-200 bg-white p-4 text-sm dark:border-zinc-800 dark:bg-zinc-900">
      <h2 id="shapes-heading" className="mb-2 font-semibold">
        Files that work as exported
      </h2>
      <ul className="space-y-1.5 text-zinc-600 dark:text-zinc-400">
        <li>
          <span className="font-medium text-zinc-900 dark:text-zinc-100">Apollo</span>: the “Person Linkedin Url” column is picked up, with names and company.
        </li>
        <li>
          <span className="font-medium text-zinc-900 dark:text-zinc-100">HubSpot, Salesforce, Lemlist</span>: any “LinkedIn URL” / “LinkedIn Profile” column.
        </li>
        <li>
          <span className="font-medium text-zinc-900 dark:text-zinc-100">Sales Navigator</span> lists (Evaboot, Phantombuster): public linkedin.com/in/… URLs are revealed; /sales/lead/ links are
          flagged, because Clodura cannot read them.
        </li>
        <li>
          <span className="font-medium text-zinc-900 dark:text-zinc-100">Excel</span>: comma or semicolon (;) separated, UTF-8 or “Unicode Text”. Save .xlsx workbooks as “CSV UTF-8” first.
        </li>
        <li>
          <span className="font-medium text-zinc-900 dark:text-zinc-100">A bare list</span> of profile URLs or Clodura personIds, one per line, with or without a header.
        </li>
      </ul>
      <p className="mt-3 text-xs text-zinc-500 dark:text-zinc-400">
        You choose the columns and see every row&apos;s status, the free ledger matches and a cost estimate before anything is spent.
      </p>
      {sample ? (
        <div className="mt-3 flex flex-wrap items-center gap-x-3 gap-y-1 border-t border-zinc-100 pt-3 dark:border-zinc-800">
          <Button variant="secondary" size="sm" onClick={sample.onTry}>
            Try a sample list
          </Button>
          <span className="text-xs text-zinc-500 dark:text-zinc-400">
            13 made-up rows in Apollo&apos;s columns, with a repeat, a Sales Navigator link, a company page and a row with no URL to show the checks (
            <a href={sample.href} download className="text-indigo-700 underline dark:text-indigo-300">
              download it
            </a>
            ). Sandbox only: nothing real is spent.
          </span>
        </div>
      ) : null}
    </section>
  );
}
