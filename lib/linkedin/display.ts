/** Percent-encoding as a person reads it ("j%C3%BCrgen" → "jürgen"); left as it is when it is not valid encoding. */
export function readablePath(text: string): string {
  if (!text.includes("%")) return text;
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** A profile URL as the app shows it everywhere: "linkedin.com/in/jürgen-müller/", without "https://www." and decoded. */
export function displayProfile(url: string): string {
  return readablePath(url.replace(/^https?:\/\/(www\.)?/i, ""));
}

/** A profile's slug as a person reads it: "jürgen-müller"; null when the URL is not a /in/ profile. */
export function profileSlug(url: string): string | null {
  const slug = url.match(/\/in\/([^/?#]+)/)?.[1];
  return slug ? readablePath(slug) : null;
}
