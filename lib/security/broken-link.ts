/**
 * A path whose percent-escapes are not UTF-8 ("/batches/%E0%A4", a link cut short or hand-edited): Next fails to
 * decode it and answers a bare 500. Said as what it is, with a way on, before any page is asked for.
 */
export function brokenLinkPage(pathname: string): string | null {
  try {
    decodeURIComponent(pathname);
    return null;
  } catch {
    return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Broken link</title></head>
<body style="font-family: system-ui, sans-serif; max-width: 36rem; margin: 3rem auto; padding: 0 1rem; color: #18181b">
<h1 style="font-size: 1.25rem">This link is broken</h1>
<p>Part of it is cut short or mistyped (a % sign not followed by a valid code), so it names no page. Copy the link again from where you found it, or go to <a href="/batches">Batches</a>.</p>
</body></html>`;
  }
}
