import "server-only";
import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { cookies, headers } from "next/headers";
import { getDb } from "@/db";
import { users } from "@/db/schema";
import { getEnv } from "@/lib/env";
import { MAX_PASSWORD } from "./account-schema";
import { checkSignIn } from "./check-sign-in";
import { clientAddress, networkOf } from "./client-address";
import { endSession, SESSION_LIFETIME_MS } from "./ended-sessions";
import { KNOWN_DEVICE_COOKIE, KNOWN_DEVICE_MAX_AGE_SECONDS, knownDeviceToken } from "./known-device";
import { pathOnSite, safeCallbackPath } from "./safe-callback";


export function getAuthOptions(): NextAuthOptions {
  return {
    secret: getEnv().authSecret,
    session: { strategy: "jwt", maxAge: SESSION_LIFETIME_MS / 1000 },
    pages: { signIn: "/login" },
    providers: [
      CredentialsProvider({
        name: "Email and password",
        credentials: { email: { label: "Email", type: "email" }, password: { label: "Password", type: "password" } },
        async authorize(credentials) {
          const email = credentials?.email?.trim().toLowerCase();
          const password = credentials?.password;
          if (!email || !password || password.length > MAX_PASSWORD) return null;
          const [jar, sent] = await Promise.all([cookies(), headers()]);
          const { authSecret, publicUrl, trustedProxyHops } = getEnv();
          const address = clientAddress(sent.get("x-forwarded-for"), trustedProxyHops);
          const knownDevice = jar.get(KNOWN_DEVICE_COOKIE)?.value;
          const signedIn = await checkSignIn(getDb(), { email, password, knownDevice, network: address && networkOf(address) }, authSecret);
          if (!signedIn) return null;
          const { user, deviceId } = signedIn;
          const account = { email, sessionVersion: user.sessionVersion };
          jar.set(KNOWN_DEVICE_COOKIE, knownDeviceToken(account, authSecret, deviceId ?? undefined), {
            httpOnly: true,
            sameSite: "lax",
            secure: publicUrl.startsWith("https://"),
            path: "/api/auth",
            maxAge: KNOWN_DEVICE_MAX_AGE_SECONDS,
          });
          getDb().update(users).set({ lastSignedInAt: new Date() }).where(eq(users.id, user.id)).run();
          // The role is not kept in the session: it is read from the team list on every request.
          return { id: user.id, email: user.email, name: user.name, sessionVersion: user.sessionVersion };
        },
      }),
    ],
    callbacks: {
      // next-auth's own check throws on a callbackUrl that is no URL at all ("http://host:3000.evil.example/").
      redirect: ({ url, baseUrl }) => `${baseUrl}${safeCallbackPath(pathOnSite(url, baseUrl))}`,
      jwt({ token, user }) {
        if (user && "sessionVersion" in user) {
          token.sessionVersion = user.sessionVersion as number;
          token.sessionId = randomUUID();
          token.signedInAt = Date.now();
        }
        return token;
      },
      session({ session, token }) {
        if (session.user) {
          session.user.id = token.sub ?? "";
          session.user.sessionVersion = token.sessionVersion ?? 0;
          session.user.sessionId = token.sessionId ?? null;
          session.user.signedInAt = token.signedInAt ?? null;
        }
        return session;
      },
    },
    events: {
      // Signing out ends this session for every copy of its cookie, and only this one (the phone stays signed in).
      signOut({ token }) {
        if (token?.sessionId) endSession(getDb(), token.sessionId, new Date((token.signedInAt ?? Date.now()) + SESSION_LIFETIME_MS));
      },
    },
  };
}
