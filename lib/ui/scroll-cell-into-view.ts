/**
 * Scrolls a grid's box the least that shows a cell's whole row below the sticky header row, and the cell itself right
 * of the sticky first column (whose width is `header`'s first column header's). `focus({ preventScroll })` follows it:
 * the browser's own scroll on focus does not know what sticks to the box's edges.
 */
export function scrollCellIntoView(box: HTMLElement, header: HTMLElement, cell: HTMLElement): void {
  const bounds = box.getBoundingClientRect();
  const top = bounds.top + box.clientTop + header.offsetHeight;
  const bottom = bounds.top + box.clientTop + box.clientHeight;
  const row = (cell.parentElement ?? cell).getBoundingClientRect();
  // A row taller than the room left shows its top, where the person's name is.
  if (row.top < top) box.scrollTop -= top - row.top;
  else if (row.bottom > bottom) box.scrollTop += Math.min(row.bottom - bottom, row.top - top);
  if (cell.hasAttribute("data-sticky-column")) return;
  const left = bounds.left + box.clientLeft + (header.querySelector<HTMLElement>("[role=columnheader]")?.offsetWidth ?? 0);
  const right = bounds.left + box.clientLeft + box.clientWidth;
  const rect = cell.getBoundingClientRect();
  if (rect.left < left) box.scrollLeft -= left - rect.left;
  else if (rect.right > right) box.scrollLeft += Math.min(rect.right - right, rect.left - left);
}
