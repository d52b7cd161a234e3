import "server-only";
import { cache } from "react";
import { decode } from "next-auth/jwt";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { getDb } from "@/db/client";
import type { Role } from "@/lib/users/schema";
import { getAuthOptions } from "./options";
import type { Actor } from "./scope";
import { resolveActor } from "./session";

/**
 * The one gate of the admin area. Every page, route handler and server action that reads or
 * writes anything not public asks here; the proxy only redirects and guards nothing.
 */
export class AccessDenied extends Error {
  constructor(
    readonly status: 401 | 403 | 404,
    message: string,
  ) {
    super(message);
    this.name = "AccessDenied";
  }
}

const SESSION_COOKIES = ["__Secure-next-auth.session-token", "next-auth.session-token"];

/** The signed-in actor of this request, checked against the database; null when there is none. */
export const currentActor = cache(async (): Promise<Actor | null> => {
  const jar = await cookies();
  const raw = SESSION_COOKIES.map((name) => jar.get(name)?.value).find(Boolean);
  if (!raw) return null;
  const { secret } = await getAuthOptions();
  const jwt = await decode({ token: raw, secret: secret! }).catch(() => null);
  if (!jwt || typeof jwt.uid !== "number" || typeof jwt.sid !== "string" || typeof jwt.tv !== "number" || typeof jwt.authTime !== "number") {
    return null;
  }
  const check = await resolveActor({ db: await getDb(), claims: { uid: jwt.uid, sid: jwt.sid, tv: jwt.tv, authTime: jwt.authTime } });
  return check.ok ? check.actor : null;
});

/** For route handlers and server actions: the actor, or AccessDenied (401 / 403). */
export async function requireActor(roles?: readonly Role[]): Promise<Actor> {
  const actor = await currentActor();
  if (!actor) throw new AccessDenied(401, "请先登录。");
  if (roles && !roles.includes(actor.role)) throw new AccessDenied(403, "您的角色无权执行此操作。");
  return actor;
}

/** For pages: sends the anonymous to the sign-in page and refuses the wrong role. */
export async function requirePageActor(path: string, roles?: readonly Role[]): Promise<Actor> {
  const actor = await currentActor();
  if (!actor) redirect(`/login?callbackUrl=${encodeURIComponent(path)}`);
  if (roles && !roles.includes(actor.role)) throw new AccessDenied(403, "您的角色无权访问此页面。");
  return actor;
}
