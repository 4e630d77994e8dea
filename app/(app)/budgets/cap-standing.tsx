import { capRoom, describeCapRoom, type CapFigures, type EnclosingCap } from "@/lib/credits/cap-room";

/**
 * What is left of a cap after what was spent and what reveals still running may cost (less when a cap over it leaves
 * less, and which), or by how much the spend alone is already over it.
 */
export function CapStanding({ line, enclosing, testId }: { line: CapFigures; enclosing: EnclosingCap[]; testId: string }) {
  const room = capRoom(line, enclosing);
  if (room === null) return null;
  const running = room.over === 0 && line.reserved > 0 ? ` (${line.reserved.toLocaleString("en")} running)` : "";
  return (
    <span data-testid={testId} className={`block font-sans text-xs ${room.over > 0 ? "text-red-700 dark:text-red-400" : "text-zinc-500 dark:text-zinc-400"}`}>
      {describeCapRoom(room)}
      {running}
    </span>
  );
}
