"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { transitionAction } from "@/app/admin/disclosures/actions";
import { ACTION_LABELS } from "@/lib/disclosure/workflow";

/** 提交审核: only once everything is saved, so the reviewer reads what the editor sees. */
export function SubmitButton({ id, dirty }: { id: string; dirty: boolean }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async () => {
    if (!window.confirm("提交后在审核完成前不能再修改，确定提交审核？")) return;
    setBusy(true);
    const result = await transitionAction({ id, action: "submit", input: {} });
    setBusy(false);
    if (!result.ok) return setError(result.error);
    router.refresh();
  };
  return (
    <div>
      <button type="button" onClick={submit} disabled={dirty || busy} aria-describedby={dirty ? "submit-hint" : undefined} className="rounded bg-brand-700 px-3 py-1.5 font-medium text-white hover:bg-brand-800 disabled:opacity-60">
        {busy ? "正在提交…" : ACTION_LABELS.submit}
      </button>
      {dirty ? <p id="submit-hint" className="text-xs text-stone-600">请先保存再提交</p> : null}
      {error ? <p role="alert" className="text-sm text-red-700">{error}</p> : null}
    </div>
  );
}
