import { useWidgetTabIndex } from "@/components/ui/in-grid-cell";
import { displayProfile } from "@/lib/linkedin/display";

type PersonIdentityProps = {
  firstName: string | null;
  lastName: string | null;
  company: string | null;
  linkedinUrl: string | null;
  personId: string | null;
  /** What to say while the name is not known. */
  noName: string;
};

/** Who a row is about: name · company, the profile link and the personId. */
export function PersonIdentity({ firstName, lastName, company, linkedinUrl, personId, noName }: PersonIdentityProps) {
  const name = [firstName, lastName].filter(Boolean).join(" ");
  const tabIndex = useWidgetTabIndex();
  return (
    <>
      <p className="truncate font-medium">
        {name || <span className="font-normal text-zinc-500 dark:text-zinc-400">{noName}</span>}
        {company ? <span className="font-normal text-zinc-500 dark:text-zinc-400"> · {company}</span> : null}
      </p>
      {linkedinUrl ? (
        <a href={linkedinUrl} tabIndex={tabIndex} target="_blank" rel="noreferrer noopener" className="block truncate font-mono text-[11px] text-indigo-700 hover:underline dark:text-indigo-300">
          {displayProfile(linkedinUrl)}
        </a>
      ) : null}
      {personId ? <p className="font-mono text-[11px] text-zinc-500 dark:text-zinc-400">personId {personId}</p> : null}
    </>
  );
}
