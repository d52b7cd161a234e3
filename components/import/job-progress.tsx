"use client";

import Link from "next/link";
import { useEffect, useState } from "react";
import type { JobJson } from "@/lib/imports/job-access";
import { FILE_STATUS_LABELS, FILE_STATUS_TONE, JOB_STATUS_LABELS } from "./job-labels";

const POLL_MS = 1500;
const active = (job: JobJson) => job.status === "queued" || job.status === "running";

/** A batch import's progress, refreshed from its JSON route while it runs, and each file's result. */
export function JobProgress({ initial }: { initial: JobJson }) {
  const [job, setJob] = useState(initial);
  const [stale, setStale] = useState(false);

  useEffect(() => {
    if (!active(job)) return;
    const timer = setTimeout(async () => {
      try {
        const res = await fetch(`/api/v1/admin/import/jobs/${job.id}`, { cache: "no-store" });
        if (!res.ok) throw new Error(String(res.status));
        setJob((await res.json()) as JobJson);
        setStale(false);
      } catch {
        setStale(true);
        // try again on the next tick
        setJob((j) => ({ ...j }));
      }
    }, POLL_MS);
    return () => clearTimeout(timer);
  }, [job]);

  const count = (s: JobJson["files"][number]["status"]) => job.files.filter((f) => f.status === s).length;
  return (
    <div className="space-y-4">
      <section aria-labelledby="progress-heading" className="space-y-2 rounded border border-stone-200 bg-white p-4">
        <h2 id="progress-heading" className="font-semibold">
          进度：<span data-testid="job-status">{JOB_STATUS_LABELS[job.status]}</span>
        </h2>
        <progress max={job.total} value={job.done} className="h-3 w-full" aria-label="已处理的文件">
          {job.done} / {job.total}
        </progress>
        <p aria-live="polite" className="text-sm text-stone-700">
          已处理 <span data-testid="job-done">{job.done}</span> / {job.total} 个文件
          {job.status === "running" && job.currentFile ? `，正在导入：${job.currentFile}` : ""}
          {stale ? "（暂时无法刷新进度，稍后重试）" : ""}
        </p>
        {!active(job) ? (
          <p className="text-sm">
            导入 {count("imported")} 个，跳过 {count("skipped")} 个，未导入 {count("refused")} 个，失败 {count("failed")} 个。
          </p>
        ) : null}
        {job.error ? <p role="alert" className="text-sm text-red-800">{job.error}</p> : null}
      </section>
      <div className="relative overflow-x-auto rounded border border-stone-200 bg-white">
        <table className="w-full min-w-max border-collapse text-left text-sm" data-testid="job-report">
          <caption className="sr-only">每个文件的导入结果</caption>
          <thead className="bg-stone-100">
            <tr>
              {["文件", "结果", "草稿", "I1", "发现", "说明"].map((h) => (
                <th key={h} scope="col" className="px-3 py-2 font-semibold">{h === "I1" ? <abbr title="导入时未能读取的内容">I1</abbr> : h}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {job.files.map((f, i) => (
              <tr key={i} className="border-t border-stone-200 align-top">
                <th scope="row" className="max-w-[24rem] break-all px-3 py-2 font-normal">{f.fileName}</th>
                <td className={`px-3 py-2 ${FILE_STATUS_TONE[f.status]}`}>
                  {f.status === "pending" && job.status === "running" && job.currentFile === f.fileName ? "正在导入" : FILE_STATUS_LABELS[f.status]}
                </td>
                <td className="px-3 py-2">{f.disclosureId ? <Link href={`/admin/disclosures/${f.disclosureId}`} className="text-brand-700 underline">查看</Link> : ""}</td>
                <td className="px-3 py-2 tabular-nums">{f.i1 ?? ""}</td>
                <td className="px-3 py-2 tabular-nums">{f.findings ?? ""}</td>
                <td className="max-w-[32rem] px-3 py-2">{f.message ?? ""}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
