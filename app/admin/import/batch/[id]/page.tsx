import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { JobProgress } from "@/components/import/job-progress";
import { formatTime } from "@/components/manage/format-time";
import { getDb } from "@/db/client";
import { AccessDenied, requirePageActor } from "@/lib/auth/guard";
import { BATCH_ROLES, jobJson, loadJobForActor } from "@/lib/imports/job-access";

export const metadata: Metadata = { title: "批量导入进度" };

export default async function BatchJobPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requirePageActor(`/admin/import/batch/${id}`);
  if (!(BATCH_ROLES as readonly string[]).includes(actor.role)) notFound();
  const view = await loadJobForActor({ db: await getDb(), actor, id }).catch((e: unknown) => {
    if (e instanceof AccessDenied) notFound();
    throw e;
  });
  return (
    <>
      <p className="mb-2 text-sm">
        <Link href="/admin/import/batch" className="underline">批量导入</Link>
      </p>
      <h1 className="mb-1 text-2xl font-semibold">批量导入：{view.job.total} 个文件</h1>
      <p className="mb-4 text-sm text-stone-700">
        {formatTime(view.job.createdAt)}{view.job.createdByName ? ` 由 ${view.job.createdByName} 上传` : ""}。可以离开本页，导入在后台继续。
      </p>
      <JobProgress initial={jobJson(view)} />
    </>
  );
}
