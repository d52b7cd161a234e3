"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { acceptImportAction } from "@/app/admin/disclosures/actions";
import { KIND_LABELS } from "@/lib/disclosure/list-query";
import type { DisclosureDocument } from "@/lib/disclosure/schema";
import { FindingList } from "./finding-list";
import { TABLE_LABELS } from "@/lib/disclosure/labels";

type Stage = { name: "idle" } | { name: "uploading"; percent: number } | { name: "parsing" } | { name: "parsed"; doc: DisclosureDocument; fileName: string } | { name: "saving" };

/** Upload → progress → the parsed result and its findings side by side → accept into a draft. */
export function ImportUploader() {
  const router = useRouter();
  const [stage, setStage] = useState<Stage>({ name: "idle" });
  const [error, setError] = useState<string | null>(null);
  const [reason, setReason] = useState("");

  const upload = (file: File) => {
    setError(null);
    const body = new FormData();
    body.append("file", file);
    const xhr = new XMLHttpRequest();
    xhr.open("POST", "/api/v1/admin/import");
    xhr.upload.onprogress = (e) => e.lengthComputable && setStage({ name: "uploading", percent: Math.round((e.loaded / e.total) * 100) });
    xhr.upload.onload = () => setStage({ name: "parsing" });
    xhr.onload = () => {
      const answer = JSON.parse(xhr.responseText || "{}") as { document?: DisclosureDocument; error?: string };
      if (xhr.status === 200 && answer.document) setStage({ name: "parsed", doc: answer.document, fileName: file.name });
      else {
        setError(answer.error ?? `导入失败（${xhr.status}）。`);
        setStage({ name: "idle" });
      }
    };
    xhr.onerror = () => {
      setError("网络错误，文件未上传。");
      setStage({ name: "idle" });
    };
    setStage({ name: "uploading", percent: 0 });
    xhr.send(body);
  };

  const accept = async (doc: DisclosureDocument, fileName: string) => {
    setStage({ name: "saving" });
    const result = await acceptImportAction({ doc, fileName, revisionReason: reason || undefined });
    if (result.ok) router.push(`/admin/disclosures/${result.data.id}`);
    else {
      setError(result.problems?.map((p) => p.message).join("；") || result.error);
      setStage({ name: "parsed", doc, fileName });
    }
  };

  return (
    <div className="space-y-4">
      <form onSubmit={(e) => e.preventDefault()} className="rounded border border-stone-200 bg-white p-4">
        <label htmlFor="import-file" className="block font-medium">选择文件（从公开文件提取的文本 .txt，或本平台导出的 Excel .xlsx、JSON .json；至多 10 MB）</label>
        <input
          id="import-file"
          type="file"
          accept=".txt,.xlsx,.json,text/plain,application/json,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          className="mt-2 block w-full text-sm"
          disabled={stage.name === "uploading" || stage.name === "parsing" || stage.name === "saving"}
          onChange={(e) => e.target.files?.[0] && upload(e.target.files[0])}
        />
        <p aria-live="polite" className="mt-2 text-sm text-stone-700">
          {stage.name === "uploading" ? `正在上传… ${stage.percent}%` : stage.name === "parsing" ? "正在解析并检查数据…" : stage.name === "saving" ? "正在保存为草稿…" : null}
        </p>
      </form>
      {error ? <p role="alert" className="rounded border border-red-300 bg-red-50 px-3 py-2 text-red-800">{error}</p> : null}
      {stage.name === "parsed" ? (
        <div className="grid gap-4 lg:grid-cols-2">
          <section aria-labelledby="parsed" className="rounded border border-stone-200 bg-white p-4">
            <h2 id="parsed" className="mb-2 text-lg font-semibold">解析结果</h2>
            <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-sm">
              <dt className="text-stone-600">部门</dt><dd>{stage.doc.district} · {stage.doc.department.name}（{stage.doc.department.code}）</dd>
              <dt className="text-stone-600">文件</dt><dd>{stage.doc.year} 年{KIND_LABELS[stage.doc.kind]}，单位：{stage.doc.sourceUnit}</dd>
              <dt className="text-stone-600">联系人</dt><dd>{stage.doc.contact ? `${stage.doc.contact.name} ${stage.doc.contact.phone}` : "未注明"}</dd>
              <dt className="text-stone-600">项目</dt><dd>{stage.doc.projects.length} 个；绩效目标 {stage.doc.performance.projects.length + (stage.doc.performance.overall ? 1 : 0)} 个</dd>
            </dl>
            <h3 className="mt-3 font-medium">表格（{stage.doc.tables.length}）</h3>
            <ul className="list-inside list-disc text-sm">
              {stage.doc.tables.map((t) => (
                <li key={t.kind}>{TABLE_LABELS[t.kind]}：{t.rows.length} 行{t.note ? `（${t.note}）` : ""}</li>
              ))}
            </ul>
          </section>
          <section aria-labelledby="findings" className="rounded border border-stone-200 bg-white p-4">
            <h2 id="findings" className="mb-2 text-lg font-semibold">一致性检查（{stage.doc.findings?.length ?? 0}）</h2>
            <FindingList findings={stage.doc.findings ?? []} />
          </section>
          <div className="space-y-2 lg:col-span-2">
            <label className="block text-sm">
              更正原因（仅当该年度文件已公开、本次导入作为更正版本时填写；将向公众公开）
              <input value={reason} onChange={(e) => setReason(e.target.value)} className="mt-1 block w-full rounded border border-stone-400 px-2 py-1.5" maxLength={2000} />
            </label>
            <button type="button" onClick={() => accept(stage.doc, stage.fileName)} className="rounded bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-800">
              保存为草稿
            </button>
          </div>
        </div>
      ) : null}
    </div>
  );
}
