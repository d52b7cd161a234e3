/**
 * The one gate of the admin area. Every page, route handler and server action that reads or
 * writes anything not public asks here; the proxy only redirects and guards nothing.
 */
import "server-only";
import { cache } from "react";
import { decode } from "next-auth/jwt";
import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import { getDb } from "@/db/client";
import { cameFromOwnPage } from "@/lib/http/public-origin";
import { AccessDenied } from "./access-denied";
import type { Role } from "@/lib/users/schema";
import { getAuthOptions } from "./options";
import type { Actor } from "./scope";
import { resolveActor } from "./session";
import { actorOfToken } from "./api-tokens";

export { AccessDenied };

const SESSION_COOKIES = ["__Secure-next-auth.session-token", "next-auth.session-token"];

/** The signed-in actor of this request, checked against the database; null when there is none. */
export const currentActor = cache(async (): Promise<Actor | null> => {
  const jar = await cookies();
  return actorOfSessionCookie(SESSION_COOKIES.map((name) => jar.get(name)?.value).find(Boolean));
});

function sessionCookieOf(request: Request): string | undefined {
  const pairs = (request.headers.get("cookie") ?? "").split(/;\s*/).map((p) => p.split("=") as [string, string?]);
  return SESSION_COOKIES.map((name) => pairs.find(([k]) => k === name)?.[1]).find(Boolean);
}

async function actorOfSessionCookie(raw: string | undefined): Promise<Actor | null> {
  if (!raw) return null;
  const { secret } = await getAuthOptions();
  const jwt = await decode({ token: decodeURIComponent(raw), secret: secret! }).catch(() => null);
  if (!jwt || typeof jwt.uid !== "number" || typeof jwt.sid !== "string" || typeof jwt.tv !== "number" || typeof jwt.authTime !== "number") {
    return null;
  }
  const check = await resolveActor({ db: await getDb(), claims: { uid: jwt.uid, sid: jwt.sid, tv: jwt.tv, authTime: jwt.authTime } });
  return check.ok ? check.actor : null;
}

/**
 * For server actions and route handlers: the actor, or AccessDenied (401 / 403). A request
 * that carries `Authorization: Bearer …` is an integration's: it acts as the token's user and
 * needs no cookie. A cookie-authenticated request that changes something must come from a page
 * of this site (its Origin), so that another site cannot make a signed-in browser act.
 */
export async function requireActor({ roles, request }: { roles?: readonly Role[]; request?: Request } = {}): Promise<Actor> {
  const actor = await actorOfRequest(request);
  if (!actor) throw new AccessDenied(401, "请先登录。");
  if (roles && !roles.includes(actor.role)) throw new AccessDenied(403, "您的角色无权执行此操作。");
  return actor;
}

// Server actions pass no request; they are always POSTs, and are checked like one. (Next.js's
// own check of an action's Origin believes X-Forwarded-Host.)
async function actorOfRequest(request?: Request): Promise<Actor | null> {
  const h = request?.headers ?? (await headers());
  const bearer = /^Bearer\s+(\S+)$/i.exec(h.get("authorization") ?? "")?.[1];
  if (bearer) {
    const actor = await actorOfToken({ db: await getDb(), token: bearer });
    if (!actor) throw new AccessDenied(401, "API 令牌无效或已被吊销。");
    return actor;
  }
  const actor = request ? await actorOfSessionCookie(sessionCookieOf(request)) : await currentActor();
  if (actor && (!request || !SAFE_METHODS.has(request.method)) && !cameFromOwnPage(h)) {
    throw new AccessDenied(403, "请求来源不是本站页面，已拒绝。");
  }
  return actor;
}

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/** For pages: sends the anonymous to the sign-in page and refuses the wrong role. */
export async function requirePageActor(path: string, roles?: readonly Role[]): Promise<Actor> {
  const actor = await currentActor();
  if (!actor) redirect(`/login?callbackUrl=${encodeURIComponent(path)}`);
  if (roles && !roles.includes(actor.role)) throw new AccessDenied(403, "您的角色无权访问此页面。");
  return actor;
}
