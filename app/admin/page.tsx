import type { Metadata } from "next";
import { getDb } from "@/db/client";
import { listScopeDepartments, listScopeDisclosures } from "@/db/queries/admin-overview";
import { requirePageActor } from "@/lib/auth/guard";
import { KIND_LABELS } from "@/lib/disclosure/list-query";
import { STATUS_LABELS } from "@/lib/disclosure/status";

export const metadata: Metadata = { title: "工作台" };

const SCOPE_HEADINGS = { admin: "全部部门", reviewer: "您审核的区县的部门", editor: "您负责的部门" } as const;

export default async function AdminHomePage() {
  const actor = await requirePageActor("/admin");
  const db = await getDb();
  const [departments, disclosures] = await Promise.all([listScopeDepartments({ db, actor }), listScopeDisclosures({ db, actor })]);
  return (
    <>
      <h1 className="mb-4 text-2xl font-semibold">工作台</h1>
      <div role="status" className="mb-6 rounded border border-amber-300 bg-amber-50 p-3 text-sm">
        在线填报、导入、审核与发布功能尚在建设中；目前可查看您权限范围内的部门及其公开文件状态。
      </div>
      <section aria-labelledby="scope" className="mb-8">
        <h2 id="scope" className="mb-2 text-lg font-semibold">
          {SCOPE_HEADINGS[actor.role]}（{departments.length}）
        </h2>
        {departments.length === 0 ? (
          <p>您的账号尚未关联任何部门或区县，请联系平台管理员。</p>
        ) : (
          <ul data-testid="scope-departments" className="grid gap-1 sm:grid-cols-2">
            {departments.map((d) => (
              <li key={d.id} className="rounded border border-stone-200 bg-white px-3 py-2">
                <span className="font-medium">{d.name}</span>
                <span className="ml-2 text-sm text-stone-600">{d.districtName} · {d.key}</span>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="disclosures">
        <h2 id="disclosures" className="mb-2 text-lg font-semibold">公开文件（{disclosures.length}）</h2>
        {disclosures.length === 0 ? (
          <p className="text-stone-700">尚无文件。</p>
        ) : (
          <ul className="divide-y divide-stone-200 rounded border border-stone-200 bg-white">
            {disclosures.map((d) => (
              <li key={d.id} className="flex flex-wrap justify-between gap-2 px-3 py-2">
                <span>{d.title}</span>
                <span className="text-sm text-stone-600">
                  {d.year} 年{KIND_LABELS[d.kind]} · 第 {d.revision} 版 · {STATUS_LABELS[d.status]}
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
