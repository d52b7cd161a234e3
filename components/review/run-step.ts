import { transitionAction } from "@/app/admin/disclosures/actions";
import type { GateCounts } from "@/lib/disclosure/gate";
import type { TransitionInput } from "@/lib/disclosure/transition";
import type { WorkflowAction } from "@/lib/disclosure/workflow";

/** Takes a workflow step; answers null when done, or the refusal to show (with the server's counts when the gate refused). */
export async function runStep(id: string, action: WorkflowAction, input: TransitionInput): Promise<{ error: string; counts?: GateCounts } | null> {
  const result = await transitionAction({ id, action, input });
  if (result.ok) return null;
  const details = result.details as Partial<GateCounts> | undefined;
  const counts = typeof details?.errors === "number" ? { errors: details.errors, warnings: details.warnings ?? 0 } : undefined;
  return { error: result.problems?.[0]?.message ?? result.error, counts };
}
