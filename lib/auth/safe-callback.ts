const HOME = "/reveal";
const ORIGIN = "http://reveal-desk.invalid";

/**
 * Where to go after signing in: a path on this site only. Resolved as a browser would, so "/\evil.example" or a path
 * with a tab or newline in it (which browsers read as "//evil.example") cannot send someone to another site. The
 * resolved path is checked again: dot segments fold "/.//evil.example" into "//evil.example", which is another site.
 */
export function safeCallbackPath(callbackUrl: string | undefined): string {
  if (!callbackUrl?.startsWith("/")) return HOME;
  try {
    const url = new URL(callbackUrl, ORIGIN);
    const path = `${url.pathname}${url.search}${url.hash}`;
    if (url.origin !== ORIGIN || new URL(path, ORIGIN).origin !== ORIGIN) return HOME;
    return path;
  } catch {
    return HOME;
  }
}

/** An absolute or relative URL's path when it is on `origin`; undefined (so home) for another site or no URL at all. */
export function pathOnSite(url: string, origin: string): string | undefined {
  if (url.startsWith("/")) return url;
  try {
    const parsed = new URL(url);
    return parsed.origin === new URL(origin).origin ? `${parsed.pathname}${parsed.search}${parsed.hash}` : undefined;
  } catch {
    return undefined;
  }
}
