import { CopyButton } from "@/components/ui/copy-button";
import type { PhoneNumber } from "@/lib/clodura/types";

export function PhoneNumberView({ number }: { number: PhoneNumber }) {
  const dial = number.e164 ?? number.raw;
  return (
    <div className="rounded-md bg-emerald-50 px-2 py-1 dark:bg-emerald-950/40" data-testid="phone-number">
      <div className="flex items-center gap-1">
        <a href={`tel:${dial.replace(/[^\d+]/g, "")}`} className="font-mono text-[12px] font-medium text-zinc-900 hover:underline dark:text-zinc-100" title={`Call ${dial}`} aria-label={`Call ${dial}`}>
          {dial}
        </a>
        <CopyButton value={dial} label={`Copy ${dial}`} />
      </div>
      <p className="text-[11px] text-zinc-500 dark:text-zinc-400">
        {number.type}
        {number.raw !== dial ? <span className="font-mono"> · raw {number.raw}</span> : null}
        {number.e164 === null ? " · could not be normalised" : null}
      </p>
    </div>
  );
}
