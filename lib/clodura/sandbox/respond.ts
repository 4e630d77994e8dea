/** JSON answers in Clodura's own style: errors are `{ "message": … }`, not the app's error envelope. */
export function respondJson(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { "content-type": "application/json; charset=utf-8", "cache-control": "no-store", ...headers },
  });
}

export function respondCloduraError(status: number, message: string, headers: Record<string, string> = {}): Response {
  return respondJson(status, { message }, headers);
}

/** The sandbox accepts any non-empty key, like a real account would accept its own; a missing one is a 401. */
export function rejectMissingApiKey(request: Request): Response | null {
  const key = request.headers.get("x-api-key")?.trim();
  return key ? null : respondCloduraError(401, "API key missing or invalid");
}

/** What the sandbox routes answer in the app's error shape when a real Clodura key is configured. */
export function respondSandboxOff(): Response {
  return respondJson(404, {
    error: { code: "not_found", message: "The sandbox is off because CLODURA_API_KEY is set." },
  });
}
