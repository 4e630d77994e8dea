import { getToken } from "next-auth/jwt";
import { NextResponse, type NextRequest } from "next/server";

/** Redirects signed-out visitors to the sign-in page. Route handlers still check the session themselves. */
export async function proxy(request: NextRequest) {
  const token = await getToken({ req: request, secret: await authSecret() });
  if (token) return NextResponse.next();
  const login = new URL("/login", request.url);
  login.searchParams.set("callbackUrl", request.nextUrl.pathname + request.nextUrl.search);
  return NextResponse.redirect(login);
}

async function authSecret(): Promise<string> {
  const { getEnv } = await import("@/lib/env");
  return getEnv().authSecret;
}

export const config = {
  matcher: ["/((?!api|sandbox|login|_next/static|_next/image|favicon.ico|icon.svg).*)"],
};
