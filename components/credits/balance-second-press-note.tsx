/** Said after the first press on a list expected to empty Clodura's balance: what the second press does, and the ways out. */
export function BalanceSecondPressNote({ what, button }: { what: "list" | "paste"; button: string }) {
  return (
    <p role="alert" className="rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-xs text-amber-950 dark:border-amber-800 dark:bg-amber-950 dark:text-amber-100">
      Nothing was sent. This {what} is expected to take more than Clodura has left, and when it runs out sending pauses for the whole team. Press “{button}” to send it
      all the same, or send fewer people{what === "list" ? " (a shorter file)" : ""}, turn partner providers off, or ask an admin to top up Clodura first.
    </p>
  );
}
