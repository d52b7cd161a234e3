"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useMemo, useState } from "react";
import type { DisclosureDocument } from "@/lib/disclosure/schema";
import type { PreviewAssignment } from "@/lib/imports/assign-department";
import { placeFindings } from "@/lib/imports/preview-findings";
import { DocumentPreview } from "./document-preview";
import { FindingsSummary } from "./findings-summary";
import { postForm, refusalText } from "./post-form";
import { SaveStep } from "./save-step";
import { usePublishedRevision } from "./use-published-revision";

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

const KIND_WORDS = { budget: "预算", final: "决算" } as const;

/**
 * Upload → progress → the figures read from the file, beside each table what could not be read
 * (I1) and the consistency findings → the 更正原因 when the year is published, the department it
 * goes under → saved as a draft with its file.
 */
export function ImportUploader({ districts }: { districts: { code: string; name: string }[] }) {
  const router = useRouter();
  const [stage, setStage] = useState<Stage>({ name: "idle" });
  const [error, setError] = useState<string | null>(null);
  /** the open draft a save was refused for: the year already has one */
  const [existingId, setExistingId] = useState<string | null>(null);
  const [reason, setReason] = useState("");
  const [department, setDepartment] = useState("");
  // the server asked for 更正原因 where the preview did not know the year was published
  const [reasonAsked, setReasonAsked] = useState(false);
  const busy = stage.name === "uploading" || stage.name === "parsing" || stage.name === "saving";
  const parsed = stage.name === "parsed" || stage.name === "saving" ? stage : null;
  const doc = parsed?.doc;
  const placed = useMemo(() => (doc ? placeFindings(doc) : null), [doc]);
  // typing the reason or a progress tick must not render every table of a long document again
  const preview = useMemo(() => (doc && placed ? <DocumentPreview doc={doc} findings={placed} /> : null), [doc, placed]);
  const published = usePublishedRevision({ assignment: parsed?.assignment, chosen: department, year: doc?.year, kind: doc?.kind });
  const revision = published.known ? published.revision : null;

  const upload = async (file: File) => {
    setError(null);
    setDepartment("");
    setReason("");
    setReasonAsked(false);
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
        setError(`${file.name}：${refusalText(answer.body, answer.status)}`);
        setStage({ name: "idle" });
      }
    } catch (e) {
      setError((e as Error).message);
      setStage({ name: "idle" });
    }
  };

  const save = async (parsed: Parsed) => {
    setError(null);
    setExistingId(null);
    const body = new FormData();
    body.append("file", parsed.file);
    if (department) body.append("department", department);
    if (reason.trim()) body.append("revisionReason", reason.trim());
    setStage({ name: "saving", percent: 0, ...parsed });
    try {
      const answer = await postForm<{ id?: string; existingId?: string }>("/api/v1/admin/import/draft", body, { onProgress: (percent) => setStage({ name: "saving", percent, ...parsed }) });
      if (answer.status === 201 && answer.body.id) {
        router.push(`/admin/disclosures/${answer.body.id}`);
        return;
      }
      if (answer.body.problems?.some((p) => p.field === "revisionReason")) setReasonAsked(true);
      setError(refusalText(answer.body, answer.status));
      setExistingId(answer.body.existingId ?? null);
    } catch (e) {
      setError((e as Error).message);
    }
    setStage({ name: "parsed", ...parsed });
  };

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
      {error ? (
        <p role="alert" className="rounded border border-red-300 bg-red-50 px-3 py-2 text-red-800">
          {error}
          {existingId ? (
            <>
              {" "}
              <Link href={`/admin/disclosures/${existingId}`} className="font-medium underline">打开该草稿</Link>
            </>
          ) : null}
        </p>
      ) : null}
      {parsed && placed ? (
        <div data-testid="import-result" className="space-y-4">
          {revision !== null ? (
            <p data-testid="correction-notice" className="rounded border border-amber-400 bg-amber-50 px-3 py-2 font-medium text-amber-950">
              该部门 {parsed.doc.year} 年{KIND_WORDS[parsed.doc.kind]}已公开（第 {revision} 版），导入将作为更正版本，须填写更正原因，原因将向公众公开。
            </p>
          ) : null}
          <SaveStep
            assignment={parsed.assignment}
            districts={districts}
            department={department}
            onDepartment={setDepartment}
            reason={reason}
            onReason={setReason}
            needsReason={revision !== null || reasonAsked}
            checking={!published.known}
            busy={busy}
            onSave={() => void save(parsed)}
          />
          <FindingsSummary findings={placed} />
          {preview}
        </div>
      ) : null}
    </div>
  );
}
