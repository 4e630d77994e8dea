import { AppError } from "@/lib/errors";

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/**
 * Refuses a request that changes data when the browser says another site sent it (Sec-Fetch-Site). The session
 * cookie's SameSite=Lax already keeps other sites out, but not sibling subdomains ("same-site"), and a POST with no
 * body needs no content type a form could not send.
 */
export function refuseCrossSite(request: Request): void {
  if (SAFE_METHODS.has(request.method)) return;
  const site = request.headers.get("sec-fetch-site");
  if (site === "cross-site" || site === "same-site") {
    throw new AppError("forbidden", "This request came from another site. Use Reveal Desk's own pages to change anything.");
  }
}
