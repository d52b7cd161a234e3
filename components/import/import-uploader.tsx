"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { FindingList } from "@/components/disclosure/finding-list";
import type { DisclosureDocument } from "@/lib/disclosure/schema";
import type { PreviewAssignment } from "@/lib/imports/assign-department";
import { DepartmentChoice } from "./department-choice";
import { DocumentPreview } from "./document-preview";
import { ImportFindings } from "./import-findings";
import { postForm, refusalText } from "./post-form";

/** What the file input takes; the server tells the formats apart by content, not by these. */
export const IMPORT_ACCEPT =
  ".pdf,.docx,.xlsx,.xls,.txt,.json,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,application/vnd.ms-excel,text/plain,application/json";

type Parsed = { file: File; doc: DisclosureDocument; assignment: PreviewAssignment };
type Stage =
  | { name: "idle" }
  | { name: "uploading"; percent: number }
  | { name: "parsing" }
  | ({ name: "parsed" } & Parsed)
  | ({ name: "saving"; percent: number } & Parsed);

/**
 * Upload → progress → the figures read from the file, beside them what could not be read (I1)
 * and the consistency findings → the department it goes under → saved as a draft with its file.
 */
export function ImportUploader({ districts }: { districts: { code: string; name: string }[] }) {
  const router = useRouter();
  const [stage, setStage] = useState<Stage>({ name: "idle" });
  const [error, setError] = useState<string | null>(null);
  const [reason, setReason] = useState("");
  const [department, setDepartment] = useState("");
  const busy = stage.name === "uploading" || stage.name === "parsing" || stage.name === "saving";

  const upload = async (file: File) => {
    setError(null);
    setDepartment("");
    const body = new FormData();
    body.append("file", file);
    setStage({ name: "uploading", percent: 0 });
    try {
      const answer = await postForm<{ document?: DisclosureDocument; assignment?: PreviewAssignment }>("/api/v1/admin/import", body, {
        onProgress: (percent) => setStage({ name: "uploading", percent }),
        onSent: () => setStage({ name: "parsing" }),
      });
      const { document, assignment } = answer.body;
      if (answer.status === 200 && document && assignment) {
        setDepartment(assignment.state === "choose" && assignment.choices !== "any" && assignment.choices.length === 1 ? assignment.choices[0]!.key : "");
        setStage({ name: "parsed", file, doc: document, assignment });
      } else {
        setError(refusalText(answer.body, answer.status));
        setStage({ name: "idle" });
      }
    } catch (e) {
      setError((e as Error).message);
      setStage({ name: "idle" });
    }
  };

  const save = async (parsed: Parsed) => {
    setError(null);
    const body = new FormData();
    body.append("file", parsed.file);
    if (department) body.append("department", department);
    if (reason.trim()) body.append("revisionReason", reason.trim());
    setStage({ name: "saving", percent: 0, ...parsed });
    try {
      const answer = await postForm<{ id?: string }>("/api/v1/admin/import/draft", body, { onProgress: (percent) => setStage({ name: "saving", percent, ...parsed }) });
      if (answer.status === 201 && answer.body.id) {
        router.push(`/admin/disclosures/${answer.body.id}`);
        return;
      }
      setError(refusalText(answer.body, answer.status));
    } catch (e) {
      setError((e as Error).message);
    }
    setStage({ name: "parsed", ...parsed });
  };

  const parsed = stage.name === "parsed" || stage.name === "saving" ? stage : null;
  const mustChoose = parsed?.assignment.state === "choose" && !department;
  const findings = parsed?.doc.findings ?? [];
  const ruleFindings = findings.filter((f) => f.rule !== "I1");

  return (
    <div className="space-y-4">
      <form onSubmit={(e) => e.preventDefault()} className="rounded border border-stone-200 bg-white p-4">
        <label htmlFor="import-file" className="block font-medium">
          选择文件（PDF、Word .docx、Excel .xlsx/.xls、从公开文件提取的文本 .txt，或本平台导出的 JSON；至多 20 MB）
        </label>
        <input id="import-file" type="file" accept={IMPORT_ACCEPT} className="mt-2 block w-full text-sm" disabled={busy} onChange={(e) => e.target.files?.[0] && void upload(e.target.files[0])} />
        <p aria-live="polite" data-testid="import-stage" className="mt-2 text-sm text-stone-700">
          {stage.name === "uploading"
            ? `正在上传… ${stage.percent}%`
            : stage.name === "parsing"
              ? "正在解析并检查数据（页数多的 PDF 需要一些时间）…"
              : stage.name === "saving"
                ? `正在保存为草稿… ${stage.percent < 100 ? `${stage.percent}%` : ""}`
                : null}
        </p>
      </form>
      {error ? <p role="alert" className="rounded border border-red-300 bg-red-50 px-3 py-2 text-red-800">{error}</p> : null}
      {parsed ? (
        <>
          <div className="grid gap-4 lg:grid-cols-[minmax(0,1fr)_22rem]">
            <DocumentPreview doc={parsed.doc} />
            <aside className="space-y-4 lg:sticky lg:top-2 lg:max-h-[calc(100vh-1rem)] lg:self-start lg:overflow-y-auto">
              <ImportFindings findings={findings} />
              <section aria-labelledby="findings-heading" className="rounded border border-stone-200 bg-white p-3">
                <h2 id="findings-heading" className="mb-2 font-semibold">一致性检查（{ruleFindings.length}）</h2>
                <FindingList findings={ruleFindings} />
              </section>
            </aside>
          </div>
          <div className="space-y-3 rounded border border-stone-200 bg-white p-4">
            <DepartmentChoice assignment={parsed.assignment} districts={districts} value={department} onChange={setDepartment} />
            <label className="block text-sm">
              更正原因（仅当该年度文件已公开、本次导入作为更正版本时填写；将向公众公开）
              <input value={reason} onChange={(e) => setReason(e.target.value)} className="mt-1 block w-full rounded border border-stone-400 px-2 py-1.5" maxLength={2000} />
            </label>
            <button
              type="button"
              onClick={() => void save(parsed)}
              disabled={busy || mustChoose}
              className="rounded bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-800 disabled:opacity-60"
            >
              保存为草稿（连同原文件）
            </button>
            {mustChoose ? <p className="text-sm text-stone-700">请先选择所属部门。</p> : null}
          </div>
        </>
      ) : null}
    </div>
  );
}
