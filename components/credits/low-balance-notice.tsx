import type { BalanceShortfall } from "@/lib/credits/balance-shortfall";
import { formatWhenInSentence } from "@/lib/ui/format-when";

const fmt = (value: number) => value.toLocaleString("en");

/** Said before a list is sent (or approved): it could empty Clodura's balance midway, which pauses sending for the whole team. */
export function LowBalanceNotice({ what, short }: { what: "list" | "paste"; short: BalanceShortfall | null }) {
  if (!short) return null;
  return (
    <p role="status" aria-label="Clodura balance" className="rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-xs text-amber-950 dark:border-amber-800 dark:bg-amber-950 dark:text-amber-100">
      <span className="font-medium">Clodura&apos;s balance {short.likely ? "will likely" : "may"} run out during this {what}.</span> It had about{" "}
      {fmt(short.left)} {short.unit} left {formatWhenInSentence(short.readAt)}
      {short.reserved > 0 ? `, and reveals still running may take up to ${fmt(short.reserved)}` : ""}; this {what} could take up to {fmt(short.worstCase)}
      {short.likely ? ` and is expected to take about ${fmt(short.expected)}` : ""}. If it runs out, sending pauses for the whole team until an admin tops up
      Clodura and presses Resume sending: nothing is lost or charged twice.
    </p>
  );
}
