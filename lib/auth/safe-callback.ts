const HOME = "/reveal";
const ORIGIN = "http://reveal-desk.invalid";

/**
 * Where to go after signing in: a path on this site only. Resolved as a browser would, so "/\evil.example" or a path
 * with a tab or newline in it (which browsers read as "//evil.example") cannot send someone to another site.
 */
export function safeCallbackPath(callbackUrl: string | undefined): string {
  if (!callbackUrl?.startsWith("/")) return HOME;
  try {
    const url = new URL(callbackUrl, ORIGIN);
    if (url.origin !== ORIGIN) return HOME;
    return `${url.pathname}${url.search}${url.hash}`;
  } catch {
    return HOME;
  }
}
