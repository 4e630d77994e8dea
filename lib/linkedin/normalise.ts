import { refuse } from "./refusals";
import type { NormalisedPerson } from "./types";

const PERSON_ID = /^[0-9]{6,25}$/;
const INNER_BREAK = /[\s\u0000-\u001f\u007f]/;
const SCHEME = /^(?:https?:\/{0,3}|\/\/)/i;
const OTHER_SCHEME = /^[a-z][a-z0-9+.-]*:\/\//i;
// "htps://", "htp://", "hhttps://", "https//", "https;//": http(s) mistyped, unmistakably meant as a web address.
const MISTYPED_HTTP = /^(?=[hps]*t)[htps]{3,6}(?:[:;]\/{0,3}|\/{2,3})/i;
const BARE_HOST = /^[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}\.?(?::[0-9]+)?(?:[/?#]|$)/i;
// Country subdomains (uk., de., in.…) and mobile hosts all serve the same profiles as www.
const PROFILE_SUBDOMAIN = /^(?:www|m|mobile|touch|[a-z]{2})$/;
// Mobile-lite and e-mail notification links wrap the /in/ path in one extra segment.
const PATH_WRAPPERS = new Set(["mwlite", "comm"]);
const SLUG = /^[\p{L}\p{M}\p{N}_-]+$/u;
const ASCII_SLUG = /^[A-Za-z0-9_-]+$/;
// LinkedIn's custom profile names are at most 100 characters; anything longer is not a profile (and would not fit a cell).
const MAX_SLUG = 100;
const LOOKS_LIKE_PERSON = /linkedin\.|https?:\/\/|\d{6}/i;
// Member URN ids (/in/ACoAAB…) are case-sensitive, unlike vanity slugs.
const MEMBER_URN = /^AC[a-zA-Z]AA[A-Za-z0-9_-]{10,}$/;

// The shape nearly every export uses; answered without `new URL` so 100k-row files validate quickly.
const PLAIN_PROFILE = /^(?:https?:\/\/)?(?:(?:www|[a-z]{2})\.)?linkedin\.com\/in\/([A-Za-z0-9_-]+)\/?(?:[?#].*)?$/i;

/** Classifies one candidate token: a LinkedIn profile URL or a bare Clodura personId. */
export function normaliseLinkedIn(input: string): NormalisedPerson {
  const text = input.trim();
  if (/^[0-9]+$/.test(text)) return normalisePersonId(text);
  // Our own spreadsheet export writes a long personId as '2751…, so Excel keeps it text (spreadsheetId).
  if (/^'[0-9]+$/.test(text)) return normalisePersonId(text.slice(1));
  const plain = PLAIN_PROFILE.exec(text)?.[1];
  if (plain) return canonicaliseProfile(plain);
  // `new URL` would drop a line break or tab silently, gluing two profiles (or two lines of a file) into one.
  // Only said of a cell that holds a profile or a personId at all: "Paris, France" in a wrongly mapped column is simply
  // not a profile.
  if (INNER_BREAK.test(text) && LOOKS_LIKE_PERSON.test(text)) return refuse("malformed", "This cell holds more than one line or value: put one profile URL or personId per cell.");
  const url = parseWebUrl(text);
  if (!url) return refuse("malformed");
  return classifyUrl(url);
}

function normalisePersonId(digits: string): NormalisedPerson {
  if (!PERSON_ID.test(digits)) {
    return refuse("malformed", `${digits.length} digits is not a Clodura personId (those are 6–25 digits, usually 19): check the number or paste a linkedin.com/in/… URL.`);
  }
  return { ok: true, key: `pid:${digits}`, linkedinUrl: null, personId: digits };
}

function parseWebUrl(text: string): URL | null {
  let rest: string;
  if (SCHEME.test(text)) rest = text.replace(SCHEME, "");
  else if (MISTYPED_HTTP.test(text)) rest = text.replace(MISTYPED_HTTP, "");
  else if (OTHER_SCHEME.test(text) || !BARE_HOST.test(text)) return null;
  else rest = text;
  try {
    return new URL(`https://${rest}`);
  } catch {
    return null;
  }
}

function classifyUrl(url: URL): NormalisedPerson {
  const host = url.hostname.replace(/\.$/, "");
  if (host === "lnkd.in" || host.endsWith(".lnkd.in")) return refuse("short_link");
  if (host !== "linkedin.com" && !host.endsWith(".linkedin.com")) {
    return refuse("not_linkedin", `${host} is not LinkedIn: paste a linkedin.com/in/… profile URL or a Clodura personId.`);
  }
  const subdomain = host.slice(0, -"linkedin.com".length).replace(/\.$/, "");
  if (subdomain !== "" && !PROFILE_SUBDOMAIN.test(subdomain)) return refuse("not_profile");

  const segments = url.pathname.split("/").filter(Boolean);
  if (segments[0] && PATH_WRAPPERS.has(segments[0].toLowerCase())) segments.shift();
  return classifyPath(segments);
}

function classifyPath(segments: string[]): NormalisedPerson {
  const section = segments[0]?.toLowerCase();
  switch (section) {
    case "in":
      // "linkedin.com/in/" pasted before a URL's own "in/jane-doe": a guess at the name could be the wrong person.
      if (segments[1]?.toLowerCase() === "in" && segments[2]) {
        return refuse("malformed", "This URL has /in/ twice (linkedin.com/in/in/…): remove one and paste it again, e.g. https://www.linkedin.com/in/jane-doe/.");
      }
      return canonicaliseProfile(segments[1]);
    case "sales":
      return refuse("sales_navigator");
    case "talent":
    case "recruiter":
      return refuse("recruiter");
    case "pub":
      return refuse("pub");
    case "company":
    case "school":
    case "showcase":
      return refuse("company");
    case "profile":
      return refuse("not_profile", "This is an internal LinkedIn profile link: open it in your browser and paste the linkedin.com/in/… URL it shows.");
    default:
      return refuse("not_profile");
  }
}

function canonicaliseProfile(rawSlug: string | undefined): NormalisedPerson {
  if (!rawSlug) return refuse("not_profile", "This LinkedIn URL has no profile name after /in/: paste the full profile URL, e.g. https://www.linkedin.com/in/jane-doe/.");
  // Plain ASCII slugs (nearly all of them) need no decoding; this keeps big pastes fast.
  const slug = ASCII_SLUG.test(rawSlug) ? rawSlug : decodeSlug(rawSlug);
  if (slug === null || !SLUG.test(slug)) {
    return refuse("malformed", "This LinkedIn profile URL has an unreadable name after /in/: copy the URL again from the browser's address bar.");
  }
  if (slug.length > MAX_SLUG) {
    return refuse("malformed", `The name after /in/ is ${slug.length} characters long and LinkedIn's are at most ${MAX_SLUG}: copy the URL again from the browser's address bar.`);
  }
  const canonicalSlug = MEMBER_URN.test(slug) ? slug : slug.toLowerCase();
  const encodedSlug = ASCII_SLUG.test(canonicalSlug) ? canonicalSlug : encodeURIComponent(canonicalSlug);
  const linkedinUrl = `https://www.linkedin.com/in/${encodedSlug}/`;
  return { ok: true, key: `li:${linkedinUrl}`, linkedinUrl, personId: null };
}

/** Decodes percent-escapes so encoded and raw Unicode slugs compare equal; NFC for the same reason. */
function decodeSlug(raw: string): string | null {
  try {
    return decodeURIComponent(raw).normalize("NFC");
  } catch {
    return null;
  }
}
