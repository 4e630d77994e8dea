import type { Page } from "@playwright/test";

/** Scrolling a batch's result grid in the page: frame times, and how many rows were in the DOM at the end. */
export type GridScroll = { rows: number; frames: number; medianFrame: number; p95Frame: number; worstFrame: number; longestTask: number; rowsInDom: number };

const STEPS = 240;

/**
 * Scrolls the open batch page's grid from top to bottom in STEPS frames (hundreds of rows a frame, far faster than a
 * person scrolls), once every row has loaded, while the batch is being revealed and the page takes in its changes.
 * A frame is the time between two animation frames; 17 ms is a smooth 60 per second.
 */
export async function scrollBatchGrid(page: Page): Promise<GridScroll> {
  await page.getByRole("status").filter({ hasText: "Loading rows" }).waitFor({ state: "hidden", timeout: 120_000 });
  return page.evaluate(async (steps) => {
    const grid = document.querySelector<HTMLElement>('[role="table"][aria-label="Reveal results"]');
    if (!grid) throw new Error("The batch page has no result grid.");
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
      medianFrame: sorted[Math.floor(sorted.length / 2)]!,
      p95Frame: sorted[Math.floor(sorted.length * 0.95)]!,
      worstFrame: sorted.at(-1)!,
      longestTask: Math.max(0, ...longTasks),
      rowsInDom: grid.querySelectorAll('[data-testid="reveal-row"]').length,
    };
  }, STEPS);
}
