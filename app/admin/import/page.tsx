import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ImportUploader } from "@/components/import/import-uploader";
import { requirePageActor } from "@/lib/auth/guard";

export const metadata: Metadata = { title: "导入文件" };

export default async function ImportPage() {
  const actor = await requirePageActor("/admin/import");
  if (actor.role !== "editor") notFound();
  return (
    <>
      <h1 className="mb-2 text-2xl font-semibold">导入已有的公开文件</h1>
      <p className="mb-4 max-w-3xl text-stone-700">
        上传本部门已有的部门预算情况说明，平台会读出各表数据并检查其一致性。确认解析结果无误后保存为草稿，再在线修改、提交审核。
      </p>
      <ImportUploader />
    </>
  );
}
