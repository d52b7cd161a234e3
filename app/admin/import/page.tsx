import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ImportUploader } from "@/components/import/import-uploader";
import { getDb } from "@/db/client";
import { listDistrictNames } from "@/db/queries/districts";
import { requirePageActor } from "@/lib/auth/guard";

export const metadata: Metadata = { title: "导入文件" };

export default async function ImportPage() {
  const actor = await requirePageActor("/admin/import");
  if (actor.role === "reviewer") notFound();
  const districts = actor.role === "admin" ? await listDistrictNames({ db: await getDb() }) : [];
  return (
    <>
      <h1 className="mb-2 text-2xl font-semibold">导入已有的公开文件</h1>
      <p className="mb-4 max-w-3xl text-stone-700">
        {actor.role === "admin"
          ? "上传部门的预算或决算公开文件，平台读出各表数据并检查其一致性；确认解析结果和所属部门后，连同原文件保存为该部门的草稿，由部门联系人修改、提交审核。"
          : "上传本部门已有的部门预算（决算）公开文件，平台会读出各表数据并检查其一致性。确认解析结果无误后，连同原文件保存为草稿，再在线修改、提交审核。"}
        一次导入多个文件或压缩包，请用<Link href="/admin/import/batch" className="text-brand-700 underline">批量导入</Link>。
      </p>
      <ImportUploader districts={districts} />
    </>
  );
}
