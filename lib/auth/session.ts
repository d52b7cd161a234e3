import "server-only";
import type { Db } from "@/db/client";
import { recordAudit } from "@/db/queries/audit";
import { endAuthSession, findAuthSession, touchAuthSession } from "@/db/queries/auth-sessions";
import { listUserDepartments, listUserDistricts } from "@/db/queries/users";
import { users } from "@/db/schema";
import { eq } from "drizzle-orm";
import { env } from "@/lib/env";
import type { Actor } from "./scope";

/** What the session cookie (a JWT signed by next-auth) says about its holder. */
export interface SessionClaims {
  uid: number;
  sid: string;
  tv: number;
  /** sign-in time, ms since epoch */
  authTime: number;
}

export type SessionEnd = "unknown" | "ended" | "disabled" | "revoked" | "expired" | "idle";
export type SessionCheck = { ok: true; actor: Actor } | { ok: false; reason: SessionEnd };

export const sessionLimits = () => ({
  idleMs: env.SESSION_IDLE_MINUTES * 60_000,
  maxMs: env.SESSION_MAX_HOURS * 3_600_000,
});

/**
 * Turns session claims into an Actor, checking against the database on every request: the
 * user still exists and is enabled, nothing revoked the session, and neither the idle timeout
 * nor the absolute limit has passed. A session that fails is ended for good.
 */
export async function resolveActor({
  db,
  claims,
  now = new Date(),
}: {
  db: Db;
  claims: SessionClaims;
  now?: Date;
}): Promise<SessionCheck> {
  const [user] = await db.select().from(users).where(eq(users.id, claims.uid)).limit(1);
  const session = await findAuthSession({ db, sessionId: claims.sid });
  if (!user || !session || session.userId !== user.id) return { ok: false, reason: "unknown" };
  if (session.endedAt) return { ok: false, reason: "ended" };

  const limits = sessionLimits();
  const end = async (reason: SessionEnd) => {
    if (await endAuthSession({ db, sessionId: session.id, reason, now })) {
      await recordAudit({
        db,
        entry: { actorId: user.id, actorEmail: user.email, action: "auth.session_end", targetType: "session", targetId: session.id, success: true, detail: reason },
      });
    }
    return { ok: false as const, reason };
  };
  if (user.disabled) return end("disabled");
  if (claims.tv !== user.tokenVersion || session.tokenVersion !== user.tokenVersion) return end("revoked");
  if (now.getTime() - claims.authTime > limits.maxMs) return end("expired");
  if (now.getTime() - new Date(session.lastSeenAt).getTime() > limits.idleMs) return end("idle");

  await touchAuthSession({ db, sessionId: session.id, now, minGapMs: 30_000 });
  const [departments, districts] = await Promise.all([
    user.role === "editor" ? listUserDepartments({ db, userId: user.id }) : [],
    user.role === "reviewer" ? listUserDistricts({ db, userId: user.id }) : [],
  ]);
  return {
    ok: true,
    actor: {
      id: user.id,
      email: user.email,
      name: user.name,
      role: user.role,
      sessionId: session.id,
      departmentIds: departments.map((d) => d.id),
      districtCodes: districts.map((d) => d.code),
    },
  };
}
