import "server-only";
import { and, eq, isNull, lt } from "drizzle-orm";
import type { Db } from "../client";
import { authSessions } from "../schema";

export async function startAuthSession({ db, userId, tokenVersion, now }: { db: Db; userId: number; tokenVersion: number; now: Date }) {
  const [row] = await db
    .insert(authSessions)
    .values({ userId, tokenVersion, createdAt: now, lastSeenAt: now })
    .returning({ id: authSessions.id });
  if (!row) throw new Error("insert auth_sessions returned no row");
  return row.id;
}

export async function findAuthSession({ db, sessionId }: { db: Db; sessionId: string }) {
  const [row] = await db.select().from(authSessions).where(eq(authSessions.id, sessionId)).limit(1);
  return row;
}

/** Moves the idle clock forward; skipped while the last mark is younger than `minGapMs`. */
export async function touchAuthSession({ db, sessionId, now, minGapMs }: { db: Db; sessionId: string; now: Date; minGapMs: number }) {
  await db
    .update(authSessions)
    .set({ lastSeenAt: now })
    .where(
      and(
        eq(authSessions.id, sessionId),
        isNull(authSessions.endedAt),
        lt(authSessions.lastSeenAt, new Date(now.getTime() - minGapMs)),
      ),
    );
}

/** Ends a session; returns false when it had already ended. */
export async function endAuthSession({ db, sessionId, reason, now }: { db: Db; sessionId: string; reason: string; now: Date }) {
  const rows = await db
    .update(authSessions)
    .set({ endedAt: now, endReason: reason })
    .where(and(eq(authSessions.id, sessionId), isNull(authSessions.endedAt)))
    .returning({ id: authSessions.id });
  return rows.length > 0;
}
