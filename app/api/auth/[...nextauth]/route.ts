import NextAuth from "next-auth";
import { NextRequest } from "next/server";
import { errorResponse } from "@/lib/api/handler";
import { readBodyBytes } from "@/lib/api/read-body";
import { getAuthOptions } from "@/lib/auth/options";

type Context = { params: Promise<{ nextauth: string[] }> };

/** A sign-in form is a few hundred bytes. next-auth reads whatever arrives, from anyone, before it looks at it. */
const SIGN_IN_BODY_LIMIT = 16 * 1024;

async function handle(request: NextRequest, context: Context) {
  try {
    const bounded = request.method === "POST" ? new NextRequest(request.url, { method: "POST", headers: request.headers, body: new Uint8Array(await readBodyBytes(request, SIGN_IN_BODY_LIMIT, { inflate: false })) }) : request;
    return (await NextAuth(bounded as never, context as never, getAuthOptions())) as Response;
  } catch (error) {
    return errorResponse(error);
  }
}

export { handle as GET, handle as POST };
