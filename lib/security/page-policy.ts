/**
 * The Content-Security-Policy of a page. Scripts run only when they carry this response's nonce (Next adds it to its
 * own bootstrap and chunks) or were loaded by one that does ('strict-dynamic'); anything injected into the page
 * without it is refused. Styles stay open: React writes `style` attributes, and a stylesheet cannot run code.
 */
export function pagePolicy(nonce: string, { development }: { development: boolean }): string {
  return [
    // React's development build rebuilds server error stacks with eval; production never needs it.
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${development ? " 'unsafe-eval'" : ""}`,
    // The CSV parser's worker is one of the app's own chunks.
    "worker-src 'self'",
    "connect-src 'self'",
    "img-src 'self' data: blob:",
    "frame-ancestors 'none'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join("; ");
}

/** A fresh, unguessable nonce for one response. */
export function newNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}

/** Only an app served over HTTPS may tell browsers to insist on it; over plain HTTP the header would be ignored. */
export function strictTransportSecurity(publicUrl: string): string | null {
  return publicUrl.startsWith("https://") ? "max-age=31536000" : null;
}
