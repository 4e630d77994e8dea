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

/** Any other address under the sandbox: a Clodura-style 404 that names what the simulator answers, not a sign-in page. */
export function respondUnknownSandboxPath(request: Request): Response {
  return respondCloduraError(
    404,
    `The sandbox has no ${request.method} ${sandboxPathOf(request)}. It answers POST /api/v1/search/people/phone/match, GET /api/v1/search/people/track/{trackingId} and GET /api/v1/credits (under /sandbox in the app).`,
  );
}

/** The request's path as the simulator names its endpoints: without the app's `/sandbox` prefix. */
export function sandboxPathOf(request: Request): string {
  return new URL(request.url).pathname.replace(/^\/sandbox(?=\/)/, "");
}
