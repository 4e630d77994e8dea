import { CopyButton } from "@/components/ui/copy-button";
import { useWidgetTabIndex } from "@/components/ui/in-grid-cell";
import type { PhoneNumber } from "@/lib/clodura/types";

const digits = (text: string) => text.replace(/\D/g, "");

/**
 * A number to read (grouped), call (tel: link) and copy (E.164, what dialers and CRMs take). `agreedBy`: other
 * providers that returned the same number, the best sign it is right; `compact` counts them, for narrow provider columns.
 */
export function PhoneNumberView({ number, agreedBy = [], compact = false }: { number: PhoneNumber; agreedBy?: readonly string[]; compact?: boolean }) {
  const tabIndex = useWidgetTabIndex();
  const dial = number.e164 ?? number.raw;
  const shown = number.international ?? dial;
  // The provider's text is worth a second line only when it says more than what is shown (an extension, say).
  const rawSaysMore = number.e164 !== null && digits(number.raw) !== digits(shown);
  // A provider column is just wide enough for the number: there the copy button goes on the line below it.
  const copy = <CopyButton value={dial} label={`Copy ${dial}`} />;
  return (
    <div className={`rounded-md bg-emerald-50 py-1 dark:bg-emerald-950/40 ${compact ? "px-1.5" : "px-2"}`} data-testid="phone-number">
      <div className="flex items-center gap-1 pointer-coarse:gap-2">
        <a href={`tel:${dial.replace(/[^\d+]/g, "")}`} tabIndex={tabIndex} className="-my-1 py-1 font-mono pointer-coarse:-my-2 pointer-coarse:py-2 text-[12px] font-medium whitespace-nowrap text-zinc-900 hover:underline dark:text-zinc-100" title={`Call ${shown}`} aria-label={`Call ${shown}`}>
          {shown}
        </a>
        {compact ? null : copy}
      </div>
      <p className="text-[11px] text-zinc-500 dark:text-zinc-400">
        {number.type}
        {compact ? <span className="ml-1 align-middle">{copy}</span> : null}
        {rawSaysMore ? <span className="font-mono"> · as sent: {number.raw}</span> : null}
        {number.e164 === null ? " · could not be normalised" : null}
        {agreedBy.length > 0 && !compact ? <span className="font-medium text-emerald-800 dark:text-emerald-300"> · ✓ {agreedBy.join(", ")} {agreedBy.length === 1 ? "agrees" : "agree"}</span> : null}
      </p>
      {agreedBy.length > 0 && compact ? (
        <p className="text-[11px] font-medium whitespace-nowrap text-emerald-800 dark:text-emerald-300" title={`Also returned by ${agreedBy.join(", ")}`}>
          ✓ {agreedBy.length + 1} providers<span className="sr-only"> agree: {agreedBy.join(", ")}</span>
        </p>
      ) : null}
    </div>
  );
}
