import "server-only";
import { and, desc, eq, gt, sql } from "drizzle-orm";
import type { Db } from "../client";
import { auditLog } from "../schema";

/** The alerts of the last `hours` that an account was failing sign-ins from many addresses, newest first. */
export async function recentLoginAttacks({ db, hours = 24, limit = 5 }: { db: Db; hours?: number; limit?: number }) {
  return db
    .select({ id: auditLog.id, at: auditLog.at, email: auditLog.actorEmail, ip: auditLog.ip, detail: auditLog.detail })
    .from(auditLog)
    .where(and(eq(auditLog.action, "auth.attack"), gt(auditLog.at, sql`now() - make_interval(hours => ${hours}::int4)`)))
    .orderBy(desc(auditLog.at))
    .limit(limit);
}
