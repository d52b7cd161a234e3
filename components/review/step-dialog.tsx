"use client";

import { useEffect, useId, useRef, useState } from "react";
import { type GateCounts, type GatedAction, MIN_OVERRIDE_LENGTH } from "@/lib/disclosure/gate";
import { ACTION_LABELS } from "@/lib/disclosure/workflow";

const CONSEQUENCES: Record<GatedAction, string> = {
  submit: "提交后在审核完成前不能再修改。",
  approve: "审核通过后，文件交平台管理员公开发布。",
  publish: "发布后文件将向公众公开。",
};

interface Props {
  action: GatedAction;
  counts: GateCounts;
  /** the step itself; answers the refusal to show, or null when done */
  onConfirm: (override: string | undefined) => Promise<{ error: string; counts?: GateCounts } | null>;
  onClose: () => void;
}

/**
 * The confirm of a step that moves a disclosure towards the public: how many errors and warnings
 * it carries, a link to them, and — while there are errors — the 说明 without which it is refused.
 */
export function StepDialog({ action, counts: given, onConfirm, onClose }: Props) {
  const ref = useRef<HTMLDialogElement>(null);
  const noteId = useId();
  const [counts, setCounts] = useState(given);
  const [note, setNote] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    const dialog = ref.current;
    dialog?.showModal();
    return () => dialog?.close();
  }, []);

  const label = ACTION_LABELS[action];
  const needsNote = counts.errors > 0;
  const noteOk = [...note.trim()].length >= MIN_OVERRIDE_LENGTH;
  const confirm = async () => {
    setBusy(true);
    const refusal = await onConfirm(needsNote ? note.trim() : undefined);
    setBusy(false);
    if (!refusal) return;
    setError(refusal.error);
    if (refusal.counts) setCounts(refusal.counts);
  };

  return (
    <dialog ref={ref} onClose={onClose} aria-labelledby={`${noteId}-title`} className="m-auto w-[min(36rem,calc(100vw-2rem))] rounded border border-stone-300 bg-white p-0 text-stone-900 shadow-xl backdrop:bg-stone-900/40">
      <div className="space-y-3 p-4">
        <h2 id={`${noteId}-title`} className="text-lg font-semibold">确认{label}</h2>
        <p>{CONSEQUENCES[action]}</p>
        <p data-testid="step-counts" className={needsNote ? "font-medium text-red-800" : "text-stone-800"}>
          校验结果：错误 {counts.errors} 条、警告 {counts.warnings} 条。
          <a href="#findings" onClick={() => ref.current?.close()} className="ml-1 text-brand-700 underline">
            查看校验结果
          </a>
        </p>
        {needsNote ? (
          <div className="space-y-1 rounded border border-red-300 bg-red-50 p-3">
            <p className="text-sm text-red-900">
              文件仍有错误。请先更正；如确需{label}，请写明说明（至少 {MIN_OVERRIDE_LENGTH} 个字），说明将交给下一环节、与校验结果一并显示，并记入审计日志。
            </p>
            <label htmlFor={noteId} className="block font-medium">
              说明<span className="ml-1 text-sm text-red-800">（必填）</span>
            </label>
            <textarea id={noteId} required aria-required="true" rows={3} value={note} onChange={(e) => setNote(e.target.value)} className="w-full rounded border border-stone-400 bg-white px-2 py-1" />
          </div>
        ) : counts.warnings > 0 ? (
          <p className="text-sm text-stone-700">警告不影响{label}，请确认已核对。</p>
        ) : null}
        {error ? <p role="alert" className="text-sm text-red-700">{error}</p> : null}
        <div className="flex flex-wrap justify-end gap-2">
          <button type="button" onClick={() => ref.current?.close()} className="rounded border border-stone-500 bg-white px-3 py-1.5 hover:bg-stone-100">
            取消
          </button>
          <button type="button" onClick={confirm} disabled={busy || (needsNote && !noteOk)} className="rounded bg-brand-700 px-3 py-1.5 font-medium text-white hover:bg-brand-800 disabled:opacity-60">
            {busy ? "正在处理…" : needsNote ? `填写说明后${label}` : `确定${label}`}
          </button>
        </div>
      </div>
    </dialog>
  );
}
