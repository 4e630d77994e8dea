const MIN_REDACTABLE_KEY_LENGTH = 4;

/** A reveal's webhook token lets its holder post a forged answer. JSON may escape the slashes ("\/api\/webhooks…"). */
const WEBHOOK_TOKEN = /(\\?\/api\\?\/webhooks\\?\/clodura\\?\/)[A-Za-z0-9_-]+/g;

/**
 * Clodura may echo the API key, or the request with its webhook URL, in a body; neither may reach storage, a log line
 * or a browser.
 */
export function redactSecrets(text: string, apiKey = ""): string {
  const withoutToken = text.replace(WEBHOOK_TOKEN, "$1[redacted]");
  return apiKey.length < MIN_REDACTABLE_KEY_LENGTH ? withoutToken : withoutToken.split(apiKey).join("[redacted]");
}
