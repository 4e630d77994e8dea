/** Browser-side JSON fetch that turns the API's `{ error: { code, message } }` into an Error with that message. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
  }
}

export async function fetchJson<T>(url: string, init?: RequestInit): Promise<T> {
  let response: Response;
  try {
    response = await fetch(url, { ...init, headers: { "Content-Type": "application/json", ...init?.headers } });
  } catch {
    throw new ApiError(0, "network", "Could not reach Reveal Desk. Check your connection and try again.");
  }
  const body = (await response.json().catch(() => null)) as { error?: { code: string; message: string; details?: unknown } } | null;
  if (!response.ok) {
    throw new ApiError(response.status, body?.error?.code ?? "error", body?.error?.message ?? unexplainedFailure(response.status, init?.method), body?.error?.details);
  }
  return body as T;
}

/**
 * An error page from something between the browser and the app (a proxy, a gateway, a restart), not the app's own
 * answer: say what it means for the rep's work, since a change may or may not have been made.
 */
export function unexplainedFailure(status: number, method = "GET"): string {
  // A body refused for its size was never applied: nothing to check, nothing to retry as it is.
  if (status === 413) return "The request was too large for the server (HTTP 413): send less at once.";
  const what =
    status === 502 || status === 503 || status === 504
      ? `Reveal Desk's server did not answer (HTTP ${status}): it may be restarting or overloaded.`
      : `The server answered with an error page (HTTP ${status}) instead of Reveal Desk's answer.`;
  return method.toUpperCase() !== "GET" ? `${what} Reload the page to see whether your change was made before trying again.` : `${what} Try again in a moment.`;
}
