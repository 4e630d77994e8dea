/** A list's progress as a screen reader hears it. `notSent`: stopped or rejected before they were sent. */
export type AnnouncedProgress = { answered: number; total: number; found: number; notSent: number };

const fmt = (n: number) => n.toLocaleString("en");

/**
 * Counted against the people the list sent, not its whole length: "Done: 51 of 150 found" after a stop read as 99
 * people without a number, where 84 of them were never sent.
 */
export function sentOf({ total, notSent }: AnnouncedProgress): number {
  return total - notSent;
}

/** Each quarter of the sent part: "33 of 66 done, 20 found." */
export function progressAnnouncement(progress: AnnouncedProgress): string {
  return `${fmt(progress.answered)} of ${fmt(sentOf(progress))} done, ${fmt(progress.found)} found.`;
}

/** The end: "Done: 51 of 66 found. 84 not sent." */
export function doneAnnouncement(progress: AnnouncedProgress): string {
  const sent = sentOf(progress);
  if (progress.notSent === 0) return `Done: ${fmt(progress.found)} of ${fmt(sent)} found.`;
  if (sent === 0) return `Done: none of the ${fmt(progress.total)} was sent.`;
  return `Done: ${fmt(progress.found)} of ${fmt(sent)} found. ${fmt(progress.notSent)} not sent.`;
}
