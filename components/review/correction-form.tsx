"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { startCorrectionAction } from "@/app/admin/disclosures/actions";

/** On a published disclosure of the editor's own department: start a corrected revision. */
export function CorrectionForm({ id }: { id: string }) {
  const router = useRouter();
  const [reason, setReason] = useState("");
  const [error, setError] = useState<{ text: string; existingId?: string } | null>(null);
  const [busy, setBusy] = useState(false);

  const start = async (event: React.FormEvent) => {
    event.preventDefault();
    setBusy(true);
    const result = await startCorrectionAction({ id, reason });
    setBusy(false);
    if (!result.ok) {
      const existingId = typeof result.details?.existingId === "string" ? result.details.existingId : undefined;
      return setError({ text: result.problems?.[0]?.message ?? result.error, existingId });
    }
    router.push(`/admin/disclosures/${result.data.id}`);
  };

  return (
    <form onSubmit={start} aria-labelledby="correction-heading" className="space-y-2 rounded border border-stone-300 bg-white p-3">
      <h2 id="correction-heading" className="font-semibold">更正已公开的文件</h2>
      <p className="text-sm text-stone-700">已公开的版本不能修改。更正将复制本版本生成新的草稿，经审核、发布后取代本版本；本版本仍保留在公开的版本记录中。</p>
      <label htmlFor="correction-reason" className="block text-sm font-medium">更正原因（必填，向公众公开）</label>
      <textarea id="correction-reason" required aria-required="true" rows={3} value={reason} onChange={(e) => setReason(e.target.value)} className="w-full rounded border border-stone-300 px-2 py-1" />
      {error ? (
        <p role="alert" className="text-sm text-red-700">
          {error.text}
          {error.existingId ? <> <Link href={`/admin/disclosures/${error.existingId}`} className="underline">打开该版本</Link></> : null}
        </p>
      ) : null}
      <button type="submit" disabled={busy} className="rounded bg-brand-700 px-3 py-1.5 font-medium text-white hover:bg-brand-800 disabled:opacity-60">
        {busy ? "正在创建…" : "发起更正"}
      </button>
    </form>
  );
}
