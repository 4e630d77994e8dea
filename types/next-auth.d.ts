import "next-auth";
import "next-auth/jwt";

declare module "next-auth" {
  interface Session {
    user: { id: string; email: string; name: string; sessionVersion: number; sessionId: string | null; signedInAt: number | null };
  }
}

declare module "next-auth/jwt" {
  interface JWT {
    sessionVersion?: number;
    /** Set at sign-in and kept while the session lasts (next-auth's own jti changes whenever the cookie is re-signed). */
    sessionId?: string;
    /** When the session began (ms): it lasts 12 hours from then, however often next-auth re-signs the cookie. */
    signedInAt?: number;
  }
}
