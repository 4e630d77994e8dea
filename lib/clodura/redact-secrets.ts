const MIN_REDACTABLE_KEY_LENGTH = 4;

/** A slash as an echo may write it: plain, JSON-escaped ("\/"), percent-encoded ("%2F") or as a JSON escape ("\u002f"). */
const SLASH = String.raw`(?:\\?\/|%2[Ff]|\\u002[Ff])`;
/** A reveal's webhook token lets its holder post a forged answer. */
const WEBHOOK_TOKEN = new RegExp(`(${SLASH}api${SLASH}webhooks${SLASH}clodura${SLASH})[A-Za-z0-9_-]+`, "g");

/**
 * Clodura may echo the API key, or the request with its webhook URL, in a body; neither may reach storage, a log line
 * or a browser.
 */
export function redactSecrets(text: string, apiKey = ""): string {
  const withoutToken = text.replace(WEBHOOK_TOKEN, "$1[redacted]");
  return apiKey.length < MIN_REDACTABLE_KEY_LENGTH ? withoutToken : withoutToken.split(apiKey).join("[redacted]");
}
