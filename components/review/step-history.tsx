import { formatTime } from "@/components/manage/format-time";
import { ACTION_LABELS, WORKFLOW_ACTIONS, type WorkflowAction } from "@/lib/disclosure/workflow";

export interface StepView {
  id: number;
  action: string;
  actor: string;
  errors: number;
  warnings: number;
  override: string | null;
  createdAt: Date;
}

const labelOf = (action: string) => (WORKFLOW_ACTIONS.includes(action as WorkflowAction) ? ACTION_LABELS[action as WorkflowAction] : "流转");

/**
 * The workflow so far, newest first: who took each step, with how many errors and warnings, and
 * the 说明 of a step taken despite errors — what the next role reads beside the findings.
 */
export function StepHistory({ steps }: { steps: StepView[] }) {
  if (steps.length === 0) return null;
  const overrides = steps.filter((s) => s.override).length;
  return (
    <section aria-labelledby="steps-heading" className="rounded border border-stone-300 bg-white p-3">
      <h2 id="steps-heading" className="font-semibold">流转记录</h2>
      {overrides ? <p className="mt-1 text-sm font-medium text-red-800">有 {overrides} 个环节在存在错误的情况下附说明继续。</p> : null}
      <ol className="mt-2 space-y-2 text-sm">
        {[...steps].reverse().map((s) => (
          <li key={s.id} data-testid="workflow-step" className={`rounded border p-2 ${s.override ? "border-red-300 bg-red-50" : "border-stone-200"}`}>
            <p>
              <time dateTime={s.createdAt.toISOString()} className="tabular-nums">{formatTime(s.createdAt)}</time>
              <span className="ml-2 font-medium">{s.actor}</span> {labelOf(s.action)}
            </p>
            <p className="text-stone-700">当时校验：错误 {s.errors} 条、警告 {s.warnings} 条</p>
            {s.override ? (
              <p className="mt-1 whitespace-pre-wrap">
                <span className="font-medium">说明：</span>
                {s.override}
              </p>
            ) : null}
          </li>
        ))}
      </ol>
    </section>
  );
}
