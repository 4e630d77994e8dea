/** Said after the first press on a list expected to empty Clodura's balance (the balance notice says by how much): what the second press does, and the ways out. */
export function BalanceSecondPressNote({ what, button }: { what: "list" | "paste"; button: string }) {
  return (
    <p role="alert" className="basis-full rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-xs text-amber-950 dark:border-amber-800 dark:bg-amber-950 dark:text-amber-100">
      <span className="font-medium">Nothing was sent yet:</span> this {what} is expected to empty Clodura&apos;s balance, which pauses sending for the whole team. Press “{button}” to
      send it all the same, or send fewer people, turn partner providers off, or ask an admin to top up Clodura first.
    </p>
  );
}
