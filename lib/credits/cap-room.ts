/** Pure: what a cap still lets someone spend, once the longer or wider caps over it are counted too. */

/** A cap with what was spent in its period and what reveals still running may yet cost. */
export type CapFigures = { cap: number | null; spent: number; reserved: number };
/** A cap that also binds this one's spend (the month over a day, the team over a person), named as the reader says it. */
export type EnclosingCap = CapFigures & { name: string };

/**
 * `over` alone: this cap's own spend is past it. With `limitedBy`: a cap over this one leaves less (`left`), or its
 * own spend is past it by `over`, so nothing is left here either.
 */
export type CapRoom = { left: number; over: number; limitedBy: string | null };

/**
 * The room under `line`'s cap, or null without one. A list is held when its worst case is over what any cap leaves
 * (budgetShortfall checks each), so what is left here is the least of them: a daily cap of 500 under a monthly cap
 * already spent has nothing left.
 */
export function capRoom(line: CapFigures, enclosing: EnclosingCap[]): CapRoom | null {
  if (line.cap === null) return null;
  if (line.spent > line.cap) return { left: 0, over: line.spent - line.cap, limitedBy: null };
  let room: CapRoom = { left: line.cap - line.spent - line.reserved, over: 0, limitedBy: null };
  for (const outer of enclosing) {
    if (outer.cap === null) continue;
    const left = outer.cap - outer.spent - outer.reserved;
    if (left >= room.left) continue;
    room = { left, over: Math.max(0, outer.spent - outer.cap), limitedBy: outer.name };
  }
  return { ...room, left: Math.max(0, room.left) };
}

const fmt = (value: number) => value.toLocaleString("en");

/** "81 over", "0 left: the monthly cap is 81 over", "40 left, limited by the monthly cap" or "369 left". */
export function describeCapRoom(room: CapRoom): string {
  if (room.limitedBy === null) return room.over > 0 ? `${fmt(room.over)} over` : `${fmt(room.left)} left`;
  return room.over > 0 ? `0 left: ${room.limitedBy} is ${fmt(room.over)} over` : `${fmt(room.left)} left, limited by ${room.limitedBy}`;
}
