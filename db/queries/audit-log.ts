import "server-only";
import { and, asc, desc, eq, inArray, sql, type SQL } from "drizzle-orm";
import type { Db } from "../client";
import { auditLog, disclosures } from "../schema";

/** What the audit log can be narrowed to; each condition is served by an index of audit_log. */
export interface AuditFilter {
  /** the acting user's id, or (when no account has the email) the email as typed */
  actor?: { id: number } | { email: string };
  /** entries about a department: the department itself and its disclosures */
  departmentId?: number;
  action?: string;
  /** from ≤ at < until */
  from?: Date;
  until?: Date;
  success?: boolean;
}

/** A position in the log: entries strictly older ("before") or newer ("after") than one entry. */
export interface AuditCursor {
  direction: "before" | "after";
  /** the entry's time as PostgreSQL prints it (microseconds kept) */
  at: string;
  id: number;
}

function conditions(filter: AuditFilter): SQL[] {
  const where: SQL[] = [];
  if (filter.actor) where.push("id" in filter.actor ? eq(auditLog.actorId, filter.actor.id) : eq(auditLog.actorEmail, filter.actor.email));
  if (filter.departmentId !== undefined) {
    const ofDepartment = sql`(${auditLog.targetType} = 'department' and ${auditLog.targetId} = ${String(filter.departmentId)})`;
    const ofDisclosures = and(
      eq(auditLog.targetType, "disclosure"),
      inArray(auditLog.targetId, sql`(select ${disclosures.id}::text from ${disclosures} where ${disclosures.departmentId} = ${filter.departmentId})`),
    );
    where.push(sql`(${ofDepartment} or ${ofDisclosures})`);
  }
  if (filter.action) where.push(eq(auditLog.action, filter.action));
  if (filter.from) where.push(sql`${auditLog.at} >= ${filter.from.toISOString()}::timestamptz`);
  if (filter.until) where.push(sql`${auditLog.at} < ${filter.until.toISOString()}::timestamptz`);
  if (filter.success !== undefined) where.push(eq(auditLog.success, filter.success));
  return where;
}

/**
 * One page of the log, newest first, by keyset on (at, id): the cost of a page does not grow
 * with the size of the log. `hasMore` tells whether there are entries beyond the page in the
 * direction read.
 */
export async function listAuditEntries({ db, filter, cursor, limit }: { db: Db; filter: AuditFilter; cursor?: AuditCursor; limit: number }) {
  const where = conditions(filter);
  const newerFirst = cursor?.direction !== "after";
  if (cursor) {
    const op = sql.raw(newerFirst ? "<" : ">");
    where.push(sql`(${auditLog.at}, ${auditLog.id}) ${op} (${cursor.at}::timestamptz, ${cursor.id})`);
  }
  const rows = await db
    .select({
      id: auditLog.id,
      at: auditLog.at,
      atText: sql<string>`${auditLog.at}::text`,
      actorId: auditLog.actorId,
      actorEmail: auditLog.actorEmail,
      action: auditLog.action,
      targetType: auditLog.targetType,
      targetId: auditLog.targetId,
      before: auditLog.before,
      after: auditLog.after,
      success: auditLog.success,
      detail: auditLog.detail,
      ip: auditLog.ip,
    })
    .from(auditLog)
    .where(and(...where))
    .orderBy(...(newerFirst ? [desc(auditLog.at), desc(auditLog.id)] : [asc(auditLog.at), asc(auditLog.id)]))
    .limit(limit + 1);
  const hasMore = rows.length > limit;
  const page = rows.slice(0, limit);
  return { entries: newerFirst ? page : page.reverse(), hasMore };
}
