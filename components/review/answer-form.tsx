"use client";

import { useRouter } from "next/navigation";
import { useId, useState } from "react";
import { answerCommentAction } from "@/app/admin/disclosures/actions";

/** The editor's answer to one comment. */
export function AnswerForm({ disclosureId, commentId, current }: { disclosureId: string; commentId: number; current: string | null }) {
  const router = useRouter();
  const id = useId();
  const [answer, setAnswer] = useState(current ?? "");
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const send = async () => {
    setBusy(true);
    const result = await answerCommentAction({ id: disclosureId, commentId, answer });
    setBusy(false);
    if (!result.ok) return setError(result.problems?.[0]?.message ?? result.error);
    setError(null);
    router.refresh();
  };
  return (
    <div className="mt-2">
      <label htmlFor={id} className="block text-sm font-medium">{current ? "修改答复" : "答复"}</label>
      <textarea id={id} rows={2} value={answer} onChange={(e) => setAnswer(e.target.value)} className="mt-1 w-full rounded border border-stone-300 px-2 py-1" />
      {error ? <p role="alert" className="text-sm text-red-700">{error}</p> : null}
      <button type="button" disabled={busy || answer.trim() === ""} onClick={send} className="mt-1 rounded bg-stone-700 px-3 py-1 text-sm text-white hover:bg-stone-800 disabled:opacity-60">
        {busy ? "正在提交…" : "提交答复"}
      </button>
    </div>
  );
}
