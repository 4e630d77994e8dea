import type { Page } from "@playwright/test";

/** Scrolling a virtualized table in the page: frame times, and how many rows were in the DOM at the end. */
export type GridScroll = { rows: number; frames: number; meanFrame: number; medianFrame: number; p95Frame: number; worstFrame: number; longestTask: number; rowsInDom: number };

const STEPS = 240;

/**
 * Scrolls the table named `name` from top to bottom in STEPS frames: hundreds of rows a frame, as when dragging the
 * scroll bar. A frame is the time between two animation frames; 17 ms is a smooth 60 per second.
 */
export async function scrollTable(page: Page, name: string): Promise<GridScroll> {
  return page.evaluate(async ({ steps, name }) => {
    const grid = document.querySelector<HTMLElement>(`:is([role="table"], [role="grid"])[aria-label="${name}"]`);
    if (!grid) throw new Error(`The page has no table or grid named "${name}".`);
    grid.scrollTop = 0;
    const longTasks: number[] = [];
    const observer = new PerformanceObserver((list) => list.getEntries().forEach((entry) => longTasks.push(entry.duration)));
    observer.observe({ type: "longtask" });
    const frames: number[] = [];
    let last = await new Promise<number>(requestAnimationFrame);
    for (let step = 1; step <= steps; step += 1) {
      grid.scrollTop = ((grid.scrollHeight - grid.clientHeight) * step) / steps;
      const now = await new Promise<number>(requestAnimationFrame);
      frames.push(now - last);
      last = now;
    }
    observer.disconnect();
    const sorted = [...frames].sort((a, b) => a - b);
    return {
      rows: Number(grid.getAttribute("aria-rowcount")) - 1,
      frames: frames.length,
      meanFrame: frames.reduce((sum, frame) => sum + frame, 0) / frames.length,
      medianFrame: sorted[Math.floor(sorted.length / 2)]!,
      p95Frame: sorted[Math.floor(sorted.length * 0.95)]!,
      worstFrame: sorted.at(-1)!,
      longestTask: Math.max(0, ...longTasks),
      rowsInDom: grid.querySelectorAll('[role="rowgroup"] [role="row"]').length,
    };
  }, { steps: STEPS, name });
}
