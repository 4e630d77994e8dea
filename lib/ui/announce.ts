/** The page's one polite live region (in the app's layout): a copy button in each of a hundred rows needs no region of its own. */
export const ANNOUNCER_ID = "sr-announcer";

/** Says `message` to a screen reader without moving the focus. Cleared first, so the same words twice are said twice. */
export function announce(message: string): void {
  const region = document.getElementById(ANNOUNCER_ID);
  if (!region) return;
  region.textContent = "";
  requestAnimationFrame(() => {
    region.textContent = message;
  });
}
