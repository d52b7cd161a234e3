import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { BatchUploadForm } from "@/components/import/batch-upload-form";
import { JOB_STATUS_LABELS } from "@/components/import/job-labels";
import { formatTime } from "@/components/manage/format-time";
import { getDb } from "@/db/client";
import { listImportJobs } from "@/db/queries/import-jobs";
import { requirePageActor } from "@/lib/auth/guard";
import { BATCH_ROLES } from "@/lib/imports/job-access";

export const metadata: Metadata = { title: "批量导入" };

export default async function BatchImportPage() {
  const actor = await requirePageActor("/admin/import/batch");
  if (!(BATCH_ROLES as readonly string[]).includes(actor.role)) notFound();
  const jobs = await listImportJobs({ db: await getDb(), createdBy: actor.role === "admin" ? undefined : actor.id });
  return (
    <>
      <h1 className="mb-2 text-2xl font-semibold">批量导入</h1>
      <p className="mb-4 max-w-3xl text-stone-700">
        一次上传多个公开文件，或装有这些文件的 ZIP 压缩包。平台在后台逐个读取，每个文件连同原文件保存为所属部门的草稿；已导入过的文件（内容相同）跳过。
        {actor.role === "editor" ? "只能导入您负责的部门的文件。" : ""}
        未注明部门编码的文件请用<Link href="/admin/import" className="text-brand-700 underline">单个导入</Link>并选择所属部门。
      </p>
      <BatchUploadForm />
      <h2 className="mb-2 mt-8 text-lg font-semibold">最近的批量导入</h2>
      {jobs.length === 0 ? (
        <p className="text-sm text-stone-700">还没有批量导入。</p>
      ) : (
        <ul className="space-y-1 text-sm">
          {jobs.map((j) => (
            <li key={j.id}>
              <Link href={`/admin/import/batch/${j.id}`} className="text-brand-700 underline">
                {formatTime(j.createdAt)} · {j.total} 个文件
              </Link>
              <span className="ml-2 text-stone-700">
                {JOB_STATUS_LABELS[j.status]}（{j.done} / {j.total}）{actor.role === "admin" && j.createdByName ? ` · ${j.createdByName}` : ""}
              </span>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
