import "server-only";
import { and, eq, isNull, lt, sql } from "drizzle-orm";
import type { Db } from "../client";
import { authSessions, users } from "../schema";

export interface LockoutPolicy {
  maxFailures: number;
  windowMinutes: number;
  lockMinutes: number;
}

const ts = (d: Date) => sql`${d.toISOString()}::timestamptz`;

/**
 * Counts a failed sign-in in one statement, so that several app instances agree: failures
 * older than the window start a new count, and the failure that reaches the limit locks the
 * account and clears the count. Returns whether the account is now locked.
 */
export async function registerFailedLogin({
  db,
  userId,
  now,
  policy,
}: {
  db: Db;
  userId: number;
  now: Date;
  policy: LockoutPolicy;
}): Promise<{ lockedUntil: Date | null }> {
  const windowStart = new Date(now.getTime() - policy.windowMinutes * 60_000);
  const lockedUntil = new Date(now.getTime() + policy.lockMinutes * 60_000);
  const inWindow = sql`(${users.failedLoginWindowStart} is not null and ${users.failedLoginWindowStart} > ${ts(windowStart)})`;
  const newCount = sql`case when ${inWindow} then ${users.failedLoginCount} + 1 else 1 end`;
  const reachesLimit = sql`(${newCount}) >= ${policy.maxFailures}`;
  const [row] = await db
    .update(users)
    .set({
      failedLoginCount: sql`case when ${reachesLimit} then 0 else ${newCount} end`,
      failedLoginWindowStart: sql`case when ${reachesLimit} then null when ${inWindow} then ${users.failedLoginWindowStart} else ${ts(now)} end`,
      lockedUntil: sql`case when ${reachesLimit} then ${ts(lockedUntil)} else ${users.lockedUntil} end`,
    })
    .where(eq(users.id, userId))
    .returning({ lockedUntil: users.lockedUntil });
  const until = row?.lockedUntil ? new Date(row.lockedUntil) : null;
  return { lockedUntil: until && until > now ? until : null };
}

export async function clearLoginFailures({ db, userId }: { db: Db; userId: number }) {
  await db
    .update(users)
    .set({ failedLoginCount: 0, failedLoginWindowStart: null, lockedUntil: null })
    .where(eq(users.id, userId));
}

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
