import "server-only";
import { randomBytes } from "node:crypto";
import { and, eq, gt, sql } from "drizzle-orm";
import type { Db } from "../client";
import { disclosures, disclosureTables, feedback, tableRows } from "../schema";
import { recordAudit } from "./audit";
import { findDepartmentByKey } from "./departments";
import { feedbackKeys } from "./feedback-keys";
import { env } from "@/lib/env";
import { clientKeyOf } from "@/lib/feedback/client-key";
import { isPublicStatus } from "@/lib/disclosure/public-access";
import { TABLE_LABELS } from "@/lib/disclosure/labels";
import type { TableKind } from "@/lib/disclosure/schema";
import { rateLimitMessage, rateVerdict, FEEDBACK_LOCK_NAMESPACE, lockKeyOf } from "@/lib/feedback/rate-limit";
import { rowLabel } from "@/lib/feedback/row-label";
import type { FeedbackInput } from "@/lib/feedback/schema";
import { trackingCodeFrom } from "@/lib/feedback/tracking-code";
import { HttpProblem } from "@/lib/http/problem";
import { InvalidInput } from "@/lib/invalid-input";

export interface FeedbackTarget {
  departmentId: number | null;
  disclosureId: string | null;
  tableKind: TableKind | null;
  rowRef: string | null;
}

const refuse = (field: string, message: string): never => {
  throw new InvalidInput([{ field, message }]);
};

/**
 * Where a feedback goes: a published disclosure (and a table and row of it), a department, or
 * — with neither — the portal's operator. A refusal names the field.
 */
export async function resolveFeedbackTarget({ db, input }: { db: Db; input: FeedbackInput }): Promise<FeedbackTarget> {
  if (!input.disclosureId) {
    if (input.table || input.row) refuse("table", "只有针对某份公开文件的意见才能指明表格和行");
    if (!input.department) return { departmentId: null, disclosureId: null, tableKind: null, rowRef: null };
    const found = await findDepartmentByKey({ db, key: input.department });
    if (!found) refuse("department", `没有找到部门 ${input.department}`);
    return { departmentId: found!.department.id, disclosureId: null, tableKind: null, rowRef: null };
  }
  const [d] = await db
    .select({ id: disclosures.id, departmentId: disclosures.departmentId, status: disclosures.status })
    .from(disclosures)
    .where(eq(disclosures.id, input.disclosureId))
    .limit(1);
  if (!d || !isPublicStatus(d.status)) return refuse("disclosureId", "没有找到该公开文件：只能对已公开的文件提出意见");
  if (input.department) {
    const found = await findDepartmentByKey({ db, key: input.department });
    if (found?.department.id !== d.departmentId) refuse("department", "部门与所指的公开文件不符");
  }
  if (!input.table) {
    if (input.row) refuse("row", "请先选择行所在的表格");
    return { departmentId: d.departmentId, disclosureId: d.id, tableKind: null, rowRef: null };
  }
  const [table] = await db
    .select({ id: disclosureTables.id })
    .from(disclosureTables)
    .where(and(eq(disclosureTables.disclosureId, d.id), eq(disclosureTables.kind, input.table)))
    .limit(1);
  if (!table) refuse("table", `该公开文件没有“${TABLE_LABELS[input.table]}”`);
  if (input.row) {
    const rows = await db.select({ code: tableRows.code, name: tableRows.name, side: tableRows.side }).from(tableRows).where(eq(tableRows.tableId, table!.id));
    if (!rows.some((r) => rowLabel(r) === input.row)) refuse("row", `“${TABLE_LABELS[input.table]}”中没有“${input.row}”这一行`);
  }
  return { departmentId: d.departmentId, disclosureId: d.id, tableKind: input.table, rowRef: input.row ?? null };
}

export interface RateLimit {
  max: number;
  windowMinutes: number;
}

/**
 * Stores a feedback unless its client already had `max` accepted within the window (429 with
 * retryAfter). The count and the insert run under a transaction-scoped advisory lock on the
 * client key, so that concurrent submissions of one client — on any app instance — are
 * counted one after the other; the lock ends with the transaction.
 */
export async function insertFeedbackWithinLimit({
  db,
  input,
  target,
  clientKey,
  limit,
}: {
  db: Db;
  input: FeedbackInput;
  target: FeedbackTarget;
  clientKey: string;
  limit: RateLimit;
}): Promise<{ id: string; trackingCode: string }> {
  return db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(${FEEDBACK_LOCK_NAMESPACE}::int4, ${lockKeyOf(clientKey)}::int4)`);
    const windowStart = sql`clock_timestamp() - make_interval(mins => ${limit.windowMinutes}::int4)`;
    const [seen] = await tx
      .select({
        accepted: sql<number>`count(*)::int`,
        oldestMs: sql<number | null>`(extract(epoch from min(${feedback.createdAt})) * 1000)::float8`,
        nowMs: sql<number>`(extract(epoch from clock_timestamp()) * 1000)::float8`,
      })
      .from(feedback)
      .where(and(eq(feedback.clientKey, clientKey), gt(feedback.createdAt, windowStart)));
    const verdict = rateVerdict({
      accepted: seen!.accepted,
      oldest: seen!.oldestMs === null ? null : new Date(Number(seen!.oldestMs)),
      now: new Date(Number(seen!.nowMs)),
      max: limit.max,
      windowMs: limit.windowMinutes * 60_000,
    });
    if (!verdict.allowed) {
      throw new HttpProblem(429, rateLimitMessage({ retryAfterSeconds: verdict.retryAfterSeconds, ...limit }), { retryAfter: verdict.retryAfterSeconds });
    }
    const [row] = await tx
      .insert(feedback)
      .values({
        trackingCode: trackingCodeFrom((n) => randomBytes(n)),
        ...target,
        category: input.category,
        message: input.message,
        senderName: input.name ?? null,
        senderContact: input.contact ?? null,
        clientKey,
        // the time the count above saw, not the transaction's start: a wait for the lock is not in the past
        createdAt: sql`clock_timestamp()`,
        updatedAt: sql`clock_timestamp()`,
      })
      .returning({ id: feedback.id, trackingCode: feedback.trackingCode });
    await recordAudit({
      db: tx,
      entry: {
        action: "feedback.create",
        targetType: "feedback",
        targetId: row!.id,
        after: { trackingCode: row!.trackingCode, category: input.category, ...target, messageLength: Array.from(input.message).length },
        success: true,
      },
    });
    return row!;
  });
}

let warned = false;

/**
 * A feedback from the form or the API, from a client at `address` (lib/http/client-address.ts):
 * checked against its target and the rate limit, stored, audited.
 */
export async function acceptFeedback({ db, input, address }: { db: Db; input: FeedbackInput; address: string | null }) {
  if (address === null && !warned) {
    warned = true;
    console.warn("无法得知客户端地址，所有来访者共用一个意见提交限额：请用 npm start 启动本平台，或在反向代理之后设置 TRUST_PROXY=true。");
  }
  const target = await resolveFeedbackTarget({ db, input });
  const { clientKey } = await feedbackKeys({ db });
  return insertFeedbackWithinLimit({
    db,
    input,
    target,
    clientKey: clientKeyOf({ key: clientKey, address }),
    limit: { max: env.FEEDBACK_MAX_PER_WINDOW, windowMinutes: env.FEEDBACK_WINDOW_MINUTES },
  });
}
