import "server-only";
import type { Db, Tx } from "../client";
import { auditLog } from "../schema";

export interface AuditEntry {
  actorId?: number | null;
  actorEmail?: string | null;
  action: string;
  targetType?: string;
  targetId?: string | number;
  before?: unknown;
  after?: unknown;
  success: boolean;
  detail?: string;
  ip?: string | null;
}

/** Appends to the audit log, inside the caller's transaction when one is given. */
export async function recordAudit({ db, entry }: { db: Db | Tx; entry: AuditEntry }): Promise<void> {
  await db.insert(auditLog).values({
    actorId: entry.actorId ?? null,
    actorEmail: entry.actorEmail ?? null,
    action: entry.action,
    targetType: entry.targetType ?? null,
    targetId: entry.targetId === undefined ? null : String(entry.targetId),
    before: entry.before ?? null,
    after: entry.after ?? null,
    success: entry.success,
    detail: entry.detail ?? null,
    ip: entry.ip ?? null,
  });
}
