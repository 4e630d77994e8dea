import "server-only";
import { NextResponse } from "next/server";
import { getDb, type Db } from "@/db";
import { z } from "zod";
import { getSessionUser } from "@/lib/auth/session";
import { hasRole, type Role, type SessionUser } from "@/lib/auth/roles";
import { AppError, errorBody, errorStatus } from "@/lib/errors";
import { measureJson, shapeMessage, SMALL_REQUEST_VALUES } from "./json-shape";
import { readBodyText, requireContentType } from "./read-body";
import { nextTurn } from "./next-turn";
import { refuseCrossSite } from "./same-origin";

type RouteContext = { params: Promise<Record<string, string>> };
type PublicInput = { request: Request; db: Db; params: Record<string, string> };
type HandlerInput = PublicInput & { user: SessionUser };

/** Wraps a route handler: session and role check, then error mapping to one body shape. */
export function withUser(minimumRole: Role, handler: (input: HandlerInput) => Promise<Response>) {
  return async (request: Request, context: RouteContext): Promise<Response> => {
    try {
      refuseCrossSite(request);
      const user = await getSessionUser();
      if (!user) throw new AppError("unauthorized", "Your session has ended. Sign in again.");
      if (!hasRole(user.role, minimumRole)) throw new AppError("forbidden", `This needs the ${minimumRole} role.`);
      return keptPrivate(await handler({ request, user, db: getDb(), params: await context.params }));
    } catch (error) {
      return errorResponse(error);
    }
  };
}

/** A signed-in answer holds the team's numbers and names: no browser or proxy cache keeps it, unless its route says otherwise. */
function keptPrivate(response: Response): Response {
  if (!response.headers.has("Cache-Control")) response.headers.set("Cache-Control", "private, no-store");
  return response;
}

/** For callers that prove themselves another way (Clodura's webhook token): error mapping and the db only. */
export function withoutSession(handler: (input: PublicInput) => Promise<Response>) {
  return async (request: Request, context: RouteContext): Promise<Response> => {
    try {
      return await handler({ request, db: getDb(), params: await context.params });
    } catch (error) {
      return errorResponse(error);
    }
  };
}

export function errorResponse(error: unknown): Response {
  if (error instanceof AppError) return NextResponse.json(errorBody(error), { status: errorStatus[error.code] });
  if (error instanceof z.ZodError) {
    const first = error.issues[0];
    const where = first?.path.length ? `${first.path.join(".")}: ` : "";
    return NextResponse.json(errorBody(new AppError("bad_request", `${where}${first?.message ?? "invalid request"}`)), { status: 400 });
  }
  if (isClientAbort(error)) return NextResponse.json(errorBody(new AppError("bad_request", CLIENT_ABORT_MESSAGE)), { status: 400 });
  console.error("Unhandled error in route handler:", error instanceof Error ? error.message : "unknown error");
  return NextResponse.json(errorBody(new AppError("internal", "Something went wrong on our side. Try again in a moment.")), {
    status: 500,
  });
}

export const CLIENT_ABORT_MESSAGE = "The request was cancelled before all of it arrived: send it again.";

/**
 * The browser went away while its body was still arriving (a closed tab, a page left mid-request): Node rejects the
 * body read with "aborted". Nobody is left to answer, and it is not a fault of ours to log.
 */
function isClientAbort(error: unknown): boolean {
  return error instanceof Error && error.message === "aborted";
}

/** Parses a JSON body with a size limit, a limit on the values it holds (see measureJson) and a zod schema. */
export async function parseJsonBody<T>(request: Request, schema: z.ZodType<T>, limitBytes: number, maxValues = SMALL_REQUEST_VALUES): Promise<T> {
  const json = await readJsonBody(request, limitBytes, maxValues);
  await nextTurn();
  return schema.parse(json);
}

/** A JSON body with a size limit, not yet checked: for routes that check a big body in slices. */
export async function readJsonBody(request: Request, limitBytes: number, maxValues = SMALL_REQUEST_VALUES): Promise<unknown> {
  requireContentType(request, "application/json", "JSON");
  const text = await readBodyText(request, limitBytes);
  const { problem } = measureJson(text, { maxValues });
  if (problem) throw new AppError("bad_request", shapeMessage("The request body", problem, maxValues));
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new AppError("bad_request", "The request body is not valid JSON.");
  }
  return json;
}
