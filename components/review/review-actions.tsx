"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { transitionAction } from "@/app/admin/disclosures/actions";
import { ACTION_LABELS, type WorkflowAction } from "@/lib/disclosure/workflow";
import type { PendingComment } from "./comment-composer";

const CONFIRM: Partial<Record<WorkflowAction, string>> = {
  approve: "确定审核通过？",
  publish: "发布后文件将向公众公开，确定发布？",
  retract: "撤回后公众将看到撤回理由，确定撤回？",
};

/** The review steps the actor may take, with the pending comments and the public reason of a retraction. */
export function ReviewActions({ id, actions, pending, onDone }: { id: string; actions: WorkflowAction[]; pending: PendingComment[]; onDone: () => void }) {
  const router = useRouter();
  const [comment, setComment] = useState("");
  const [reason, setReason] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState<WorkflowAction | null>(null);
  if (actions.length === 0) return null;

  const act = async (action: WorkflowAction) => {
    if (action === "return" && pending.length === 0 && comment.trim() === "") return setError("退回修改须至少有一条批注或总体意见。");
    if (action === "retract" && reason.trim() === "") return setError("撤回须填写理由，理由将向公众公开。");
    if (CONFIRM[action] && !window.confirm(CONFIRM[action])) return;
    setBusy(action);
    const result = await transitionAction({
      id,
      action,
      input: { ...(comment.trim() ? { comment: comment.trim() } : {}), comments: pending, ...(action === "retract" ? { reason: reason.trim() } : {}) },
    });
    setBusy(null);
    if (!result.ok) return setError(result.problems?.[0]?.message ?? result.error);
    setError(null);
    setComment("");
    onDone();
    router.refresh();
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
    </section>
  );
}
