import type { Role } from "@/lib/users/schema";
import type { DisclosureStatus } from "./status";

/**
 * The review workflow: draft → submitted (editor) → returned or approved (a reviewer of the
 * district) → published (an admin); a published disclosure is corrected by a new revision and
 * may be retracted with a public reason. Pure: who may act on which department is scope's job.
 */
export const WORKFLOW_ACTIONS = ["submit", "return", "approve", "publish", "retract"] as const;
export type WorkflowAction = (typeof WORKFLOW_ACTIONS)[number];

const TRANSITIONS: Record<WorkflowAction, { role: Role; from: readonly DisclosureStatus[]; to: DisclosureStatus }> = {
  submit: { role: "editor", from: ["draft", "returned"], to: "submitted" },
  return: { role: "reviewer", from: ["submitted"], to: "returned" },
  approve: { role: "reviewer", from: ["submitted"], to: "approved" },
  publish: { role: "admin", from: ["approved"], to: "published" },
  retract: { role: "admin", from: ["published"], to: "retracted" },
};

export const ACTION_LABELS: Record<WorkflowAction, string> = {
  submit: "提交审核",
  return: "退回修改",
  approve: "审核通过",
  publish: "公开发布",
  retract: "撤回",
};

/** Statuses in which an editor may change the content. */
export const EDITABLE_STATUSES: readonly DisclosureStatus[] = ["draft", "returned"];

export type TransitionCheck = { ok: true; to: DisclosureStatus } | { ok: false; status: 403 | 409; message: string };

export function checkTransition(action: WorkflowAction, role: Role, from: DisclosureStatus): TransitionCheck {
  const t = TRANSITIONS[action];
  if (role !== t.role) {
    const who = { editor: "部门联系人", reviewer: "所在区县的审核人", admin: "平台管理员" }[t.role];
    return { ok: false, status: 403, message: `只有${who}可以${ACTION_LABELS[action]}。` };
  }
  if (!t.from.includes(from)) return { ok: false, status: 409, message: `当前状态不能${ACTION_LABELS[action]}。` };
  return { ok: true, to: t.to };
}

/** What an actor of this role may do to a disclosure in this status (for the buttons shown). */
export const availableActions = (role: Role, status: DisclosureStatus): WorkflowAction[] =>
  WORKFLOW_ACTIONS.filter((a) => checkTransition(a, role, status).ok);
