"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { type GateCounts, type GatedAction, isGated } from "@/lib/disclosure/gate";
import { ACTION_LABELS, type WorkflowAction } from "@/lib/disclosure/workflow";
import type { PendingComment } from "./comment-composer";
import { runStep } from "./run-step";
import { StepDialog } from "./step-dialog";

interface Props {
  id: string;
  actions: WorkflowAction[];
  pending: PendingComment[];
  /** the errors and warnings of the document as shown beside it */
  counts: GateCounts;
  onDone: () => void;
}

/**
 * The review steps the actor may take, with the pending comments and the public reason of a
 * retraction; approving and publishing confirm with the findings' counts (and a 说明 while errors remain).
 */
export function ReviewActions({ id, actions, pending, counts, onDone }: Props) {
  const router = useRouter();
  const [comment, setComment] = useState("");
  const [reason, setReason] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState<WorkflowAction | null>(null);
  const [confirming, setConfirming] = useState<GatedAction | null>(null);
  if (actions.length === 0) return null;

  const take = async (action: WorkflowAction, override?: string) => {
    setBusy(action);
    const refusal = await runStep(id, action, {
      ...(comment.trim() ? { comment: comment.trim() } : {}),
      comments: pending,
      ...(action === "retract" ? { reason: reason.trim() } : {}),
      ...(override ? { override } : {}),
    });
    setBusy(null);
    if (refusal) return refusal;
    setError(null);
    setComment("");
    setConfirming(null);
    onDone();
    router.refresh();
    return null;
  };
  const act = async (action: WorkflowAction) => {
    if (action === "return" && pending.length === 0 && comment.trim() === "") return setError("退回修改须至少有一条批注或总体意见。");
    if (action === "retract" && reason.trim() === "") return setError("撤回须填写理由，理由将向公众公开。");
    if (isGated(action)) return setConfirming(action);
    if (action === "retract" && !window.confirm("撤回后公众将看到撤回理由，确定撤回？")) return;
    const refusal = await take(action);
    if (refusal) setError(refusal.error);
  };

  const reviewing = actions.includes("return") || actions.includes("approve");
  return (
    <section aria-labelledby="review-actions-heading" className="space-y-3 rounded border border-stone-300 bg-white p-3">
      <h2 id="review-actions-heading" className="font-semibold">审核操作</h2>
      {reviewing ? (
        <div>
          <label htmlFor="overall-comment" className="block text-sm font-medium">总体意见（可选）</label>
          <textarea id="overall-comment" rows={3} value={comment} onChange={(e) => setComment(e.target.value)} className="mt-1 w-full rounded border border-stone-300 px-2 py-1" />
          <p className="text-xs text-stone-600">将随操作一并提交的批注：{pending.length} 条</p>
        </div>
      ) : null}
      {actions.includes("retract") ? (
        <div>
          <label htmlFor="retract-reason" className="block text-sm font-medium">撤回理由（必填，向公众公开）</label>
          <textarea id="retract-reason" required aria-required="true" rows={3} value={reason} onChange={(e) => setReason(e.target.value)} className="mt-1 w-full rounded border border-stone-300 px-2 py-1" />
        </div>
      ) : null}
      {error ? <p role="alert" className="text-sm text-red-700">{error}</p> : null}
      <div className="flex flex-wrap gap-2">
        {actions.map((action) => (
          <button
            key={action}
            type="button"
            disabled={busy !== null}
            onClick={() => act(action)}
            className={`rounded px-3 py-1.5 font-medium disabled:opacity-60 ${action === "return" || action === "retract" ? "border border-red-700 text-red-800 hover:bg-red-50" : "bg-brand-700 text-white hover:bg-brand-800"}`}
          >
            {busy === action ? "正在处理…" : ACTION_LABELS[action]}
          </button>
        ))}
      </div>
      {confirming ? <StepDialog action={confirming} counts={counts} onClose={() => setConfirming(null)} onConfirm={(override) => take(confirming, override)} /> : null}
    </section>
  );
}
