"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { IMPORT_ACCEPT } from "./import-uploader";
import { postForm, refusalText } from "./post-form";

const MB = 1024 * 1024;

/** Many files or ZIP archives → a batch import, then its progress page. */
export function BatchUploadForm() {
  const router = useRouter();
  const [files, setFiles] = useState<File[]>([]);
  const [percent, setPercent] = useState<number | null>(null);
  const [error, setError] = useState<string | null>(null);
  const size = files.reduce((n, f) => n + f.size, 0);

  const submit = async () => {
    setError(null);
    const body = new FormData();
    for (const f of files) body.append("files", f);
    setPercent(0);
    try {
      const answer = await postForm<{ id?: string }>("/api/v1/admin/import/jobs", body, { onProgress: setPercent });
      if (answer.status === 201 && answer.body.id) {
        router.push(`/admin/import/batch/${answer.body.id}`);
        return;
      }
      setError(refusalText(answer.body, answer.status));
    } catch (e) {
      setError((e as Error).message);
    }
    setPercent(null);
  };

  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
      className="space-y-3 rounded border border-stone-200 bg-white p-4"
    >
      <label htmlFor="batch-files" className="block font-medium">
        选择文件或 ZIP 压缩包（可多选；每个文件至多 20 MB，一次共至多 500 个文件、200 MB）
      </label>
      <input
        id="batch-files"
        type="file"
        multiple
        accept={`${IMPORT_ACCEPT},.zip,application/zip`}
        className="block w-full text-sm"
        disabled={percent !== null}
        onChange={(e) => setFiles([...(e.target.files ?? [])])}
      />
      {files.length ? <p className="text-sm text-stone-700">已选 {files.length} 个，共 {(size / MB).toFixed(1)} MB。</p> : null}
      <button type="submit" disabled={files.length === 0 || percent !== null} className="rounded bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-800 disabled:opacity-60">
        开始导入
      </button>
      <p aria-live="polite" className="text-sm text-stone-700">{percent !== null ? `正在上传… ${percent}%` : null}</p>
      {error ? <p role="alert" className="rounded border border-red-300 bg-red-50 px-3 py-2 text-red-800">{error}</p> : null}
    </form>
  );
}
