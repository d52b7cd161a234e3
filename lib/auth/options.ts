import "server-only";
import type { AuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { getDb } from "@/db/client";
import { ensureAuthSecret } from "@/db/queries/app-meta";
import { recordAudit } from "@/db/queries/audit";
import { endAuthSession } from "@/db/queries/auth-sessions";
import { env } from "@/lib/env";
import { clientAddress } from "@/lib/http/client-address";
import { authenticate } from "./authenticate";
import { safeCallback } from "./safe-callback";
import { sessionLimits } from "./session";

declare module "next-auth" {
  interface User {
    sid: string;
    tv: number;
    authTime: number;
  }
}
declare module "next-auth/jwt" {
  interface JWT {
    uid?: number;
    sid?: string;
    tv?: number;
    authTime?: number;
  }
}

let secret: Promise<string> | undefined;
const authSecret = () => (secret ??= env.NEXTAUTH_SECRET ? Promise.resolve(env.NEXTAUTH_SECRET) : getDb().then(ensureAuthSecret));

/**
 * next-auth configuration: credentials sign-in, a JWT cookie naming a server-side session row
 * (lib/auth/session.ts checks it on every request). The cookie lives at most the absolute limit.
 */
export async function getAuthOptions(): Promise<AuthOptions> {
  return {
    secret: await authSecret(),
    session: { strategy: "jwt", maxAge: sessionLimits().maxMs / 1000 },
    pages: { signIn: "/login", error: "/login" },
    providers: [
      CredentialsProvider({
        name: "邮箱与密码",
        credentials: { email: { label: "邮箱", type: "email" }, password: { label: "密码", type: "password" } },
        async authorize(credentials, req) {
          const result = await authenticate({
            db: await getDb(),
            email: String(credentials?.email ?? ""),
            password: String(credentials?.password ?? ""),
            ip: clientAddress(req.headers ?? {}),
          });
          // next-auth hands the error message to the sign-in form as the error code
          if (!result.ok) throw new Error(result.reason);
          const { user } = result;
          return { id: String(user.id), email: user.email, name: user.name, sid: result.sessionId, tv: user.tokenVersion, authTime: result.authTime };
        },
      }),
    ],
    callbacks: {
      // where next-auth itself redirects (sign-out, a sign-in without JavaScript): never off the site
      redirect: ({ url, baseUrl }) => new URL(safeCallback(url, baseUrl), baseUrl).href,
      jwt({ token, user }) {
        if (user) {
          token.uid = Number(user.id);
          token.sid = user.sid;
          token.tv = user.tv;
          token.authTime = user.authTime;
        }
        return token;
      },
      session({ session, token }) {
        // the browser learns who is signed in, nothing more: scope is read server-side
        return { ...session, user: { name: token.name, email: token.email } };
      },
    },
    events: {
      async signOut({ token }) {
        if (!token.sid || !token.uid) return;
        const db = await getDb();
        if (await endAuthSession({ db, sessionId: token.sid, reason: "signout", now: new Date() })) {
          await recordAudit({
            db,
            entry: { actorId: token.uid, actorEmail: token.email ?? null, action: "auth.logout", targetType: "session", targetId: token.sid, success: true },
          });
        }
      },
    },
  };
}
