import { getToken } from "next-auth/jwt";
import { NextResponse, type NextRequest } from "next/server";
import { brokenLinkPage } from "@/lib/security/broken-link";
import { newNonce, pagePolicy, strictTransportSecurity } from "@/lib/security/page-policy";

const SIGNED_OUT_PAGES = ["/login"];

/**
 * Gives every page its script policy, with a nonce Next reads from the request's copy of the header and adds to its
 * own scripts, and redirects signed-out visitors to the sign-in page. Route handlers still check the session themselves.
 */
export async function proxy(request: NextRequest) {
  const env = await serverEnv();
  const policy = pagePolicy(newNonce(), { development: process.env.NODE_ENV === "development" });
  const broken = brokenLinkPage(request.nextUrl.pathname);
  if (broken) return withPolicy(new NextResponse(broken, { status: 400, headers: { "Content-Type": "text/html; charset=utf-8" } }), policy, env.publicUrl);
  const signedOutPage = SIGNED_OUT_PAGES.some((page) => request.nextUrl.pathname === page || request.nextUrl.pathname.startsWith(`${page}/`));
  if (!signedOutPage && !(await getToken({ req: request, secret: env.authSecret }))) return withPolicy(signInRedirect(request), policy, env.publicUrl);

  const headers = new Headers(request.headers);
  headers.set("Content-Security-Policy", policy);
  return withPolicy(NextResponse.next({ request: { headers } }), policy, env.publicUrl);
}

function signInRedirect(request: NextRequest): NextResponse {
  const login = new URL("/login", request.url);
  login.searchParams.set("callbackUrl", request.nextUrl.pathname + request.nextUrl.search);
  return NextResponse.redirect(login);
}

function withPolicy(response: NextResponse, policy: string, publicUrl: string): NextResponse {
  response.headers.set("Content-Security-Policy", policy);
  const hsts = strictTransportSecurity(publicUrl);
  if (hsts) response.headers.set("Strict-Transport-Security", hsts);
  return response;
}

async function serverEnv() {
  const { getEnv } = await import("@/lib/env");
  return getEnv();
}

export const config = {
  matcher: ["/((?!api/|api$|sandbox/|_next/static|_next/image|favicon.ico$|icon.svg$).*)"],
};
