import "server-only";
import { z } from "zod";
import type { Db } from "@/db/client";
import { recordAudit } from "@/db/queries/audit";
import { readDisclosureDocument } from "@/db/queries/disclosure-read";
import { changeStatus, insertComments, insertStep, supersedeEarlierRevisions } from "@/db/queries/disclosure-status";
import { AccessDenied } from "@/lib/auth/access-denied";
import { canEditDepartment } from "@/lib/auth/scope";
import type { Actor } from "@/lib/auth/scope";
import { invalidate } from "@/lib/cache/invalidate";
import { HttpProblem } from "@/lib/http/problem";
import { InvalidInput } from "@/lib/invalid-input";
import { checkDisclosure } from "@/lib/rules";
import { loadForActor } from "./access";
import { checkGate } from "./gate";
import { refreshFinalFindings } from "./refresh-final-findings";
import { relatedDocuments } from "./related-documents";
import { SECTION_KEYS, TABLE_KINDS, VALUE_COLUMNS } from "./schema";
import { ACTION_LABELS, checkTransition, type WorkflowAction } from "./workflow";

export const commentAnchorSchema = z
  .object({
    section: z.enum(SECTION_KEYS).optional(),
    table: z.enum(TABLE_KINDS as [string, ...string[]]).optional(),
    row: z.string().trim().min(1).max(200).optional(),
    column: z.enum(VALUE_COLUMNS as [string, ...string[]]).optional(),
  })
  .refine((a) => !(a.section && a.table), { message: "批注只能指向一个章节或一张表" })
  .refine((a) => (a.row === undefined && a.column === undefined) || a.table !== undefined, { message: "指向行或单元格的批注须注明表" });

export const reviewCommentSchema = z.object({
  anchor: commentAnchorSchema.default({}),
  body: z.string().trim().min(1, "批注内容不能为空").max(5000, "批注至多 5000 字"),
});

/** What a workflow step may carry: the reviewer's comments, the public reason of a retraction. */
export const transitionInputSchema = z.object({
  comment: z.string().trim().max(5000).optional(),
  comments: z.array(reviewCommentSchema).max(200).optional(),
  reason: z.string().trim().max(2000).optional(),
  /** the 说明 of a submit, approve or publish taken despite error findings */
  override: z.string().trim().max(2000).optional(),
});
export type TransitionInput = z.infer<typeof transitionInputSchema>;

/**
 * One step of the review workflow by an actor within scope, in one transaction, audited: the
 * status moves only from the status read, so two reviewers acting at once cannot both succeed.
 * Submit, approve and publish are refused (422, with the error findings) while the document has
 * errors, unless the step carries a written 说明, which is kept with the step.
 */
export async function transitionDisclosure({
  db,
  actor,
  id,
  action,
  input,
}: {
  db: Db;
  actor: Actor;
  id: string;
  action: WorkflowAction;
  input: TransitionInput;
}): Promise<{ status: string; version: number }> {
  const record = await loadForActor({ db, actor, id });
  const { disclosure: d, department } = record;
  const check = checkTransition(action, actor.role, d.status);
  if (!check.ok) throw check.status === 403 ? new AccessDenied(403, check.message) : new HttpProblem(409, check.message, { status: d.status });
  if (action === "submit" && !canEditDepartment(actor, department)) throw new AccessDenied(403, "只有本部门的预算公开联系人可以提交审核。");

  const comments = [...(input.comment ? [{ anchor: {}, body: input.comment }] : []), ...(input.comments ?? [])];
  if (action === "return" && comments.length === 0) {
    throw new InvalidInput([{ field: "comments", message: "退回修改须写明意见（comment 或 comments）" }]);
  }
  if (action === "retract" && !input.reason) {
    throw new InvalidInput([{ field: "reason", message: "撤回须说明理由（reason），理由将向公众公开" }]);
  }

  const findings = checkDisclosure(await readDisclosureDocument({ db, record }), await relatedDocuments({ db, departmentId: d.departmentId, doc: d }));
  const gate = checkGate(action, findings, input.override);
  if (!gate.ok) throw new HttpProblem(422, gate.message, { findings: gate.blocking, errors: gate.counts.errors, warnings: gate.counts.warnings });

  const result = await db.transaction(async (tx) => {
    const version = await changeStatus({ tx, id, from: d.status, to: check.to, actorId: actor.id, retractionReason: input.reason });
    if (version === null) throw new HttpProblem(409, `文件状态已被他人改变，未能${ACTION_LABELS[action]}，请刷新后重试。`);
    if (action === "publish") await supersedeEarlierRevisions({ tx, id, departmentId: d.departmentId, year: d.year, kind: d.kind });
    // the 决算 of that year are compared with the budget the public now sees
    if (d.kind === "budget" && (action === "publish" || action === "retract")) await refreshFinalFindings({ tx, departmentId: d.departmentId, year: d.year });
    await insertComments({ tx, disclosureId: id, authorId: actor.id, comments });
    await insertStep({ tx, step: { disclosureId: id, action, actorId: actor.id, ...gate.counts, override: gate.override } });
    await recordAudit({
      db: tx,
      entry: {
        actorId: actor.id,
        actorEmail: actor.email,
        action: `disclosure.${action}`,
        targetType: "disclosure",
        targetId: id,
        before: { status: d.status, version: d.version },
        after: {
          status: check.to,
          version,
          comments: comments.length,
          errors: gate.counts.errors,
          warnings: gate.counts.warnings,
          ...(gate.override ? { override: gate.override } : {}),
          ...(input.reason ? { reason: input.reason } : {}),
        },
        success: true,
      },
    });
    return { status: check.to, version };
  });
  if (action === "publish" || action === "retract") {
    await invalidate({ db, change: { kind: "disclosure", disclosureId: id, departmentId: d.departmentId, districtCode: department.districtCode } });
  }
  return result;
}
