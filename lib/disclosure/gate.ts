import type { Finding } from "./schema";
import type { WorkflowAction } from "./workflow";

/** The steps that move a disclosure towards the public, and so must not carry errors unnoticed. */
export const GATED_ACTIONS = ["submit", "approve", "publish"] as const satisfies readonly WorkflowAction[];
export type GatedAction = (typeof GATED_ACTIONS)[number];
export const isGated = (action: WorkflowAction): action is GatedAction => (GATED_ACTIONS as readonly WorkflowAction[]).includes(action);

/** The shortest 说明 that lets a step go on despite errors. */
export const MIN_OVERRIDE_LENGTH = 5;

export interface GateCounts {
  errors: number;
  warnings: number;
}

/** Errors block; warnings are counted; rounding and info (also the importer's I1 notes) never block. */
export const gateCounts = (findings: readonly Finding[]): GateCounts => ({
  errors: findings.filter((f) => f.severity === "error").length,
  warnings: findings.filter((f) => f.severity === "warning").length,
});

export type GateVerdict =
  | { ok: true; counts: GateCounts; override: string | null }
  | { ok: false; counts: GateCounts; message: string; blocking: Finding[] };

/**
 * Whether a workflow step may go on: a gated step with error findings needs a written 说明 of at
 * least MIN_OVERRIDE_LENGTH characters, which is then kept with the step.
 */
export function checkGate(action: WorkflowAction, findings: readonly Finding[], override?: string | null): GateVerdict {
  const counts = gateCounts(findings);
  const note = override?.trim() ?? "";
  if (!isGated(action) || counts.errors === 0) return { ok: true, counts, override: null };
  if ([...note].length >= MIN_OVERRIDE_LENGTH) return { ok: true, counts, override: note };
  return {
    ok: false,
    counts,
    blocking: findings.filter((f) => f.severity === "error"),
    message: note
      ? `说明至少 ${MIN_OVERRIDE_LENGTH} 个字：文件有 ${counts.errors} 条错误，须写明为何仍要继续。`
      : `文件有 ${counts.errors} 条错误${counts.warnings ? `、${counts.warnings} 条警告` : ""}，请先更正；如确需继续，须填写说明（至少 ${MIN_OVERRIDE_LENGTH} 个字），说明将随文件交给下一环节并记入审计日志。`,
  };
}
