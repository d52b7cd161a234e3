import type { Metadata } from "next";
import Link from "next/link";
import { NewDisclosureForm } from "@/components/admin/new-disclosure-form";
import { getDb } from "@/db/client";
import { listScopeDepartments, listScopeDisclosures } from "@/db/queries/admin-overview";
import { requirePageActor } from "@/lib/auth/guard";
import { KIND_LABELS } from "@/lib/disclosure/list-query";
import { STATUS_LABELS } from "@/lib/disclosure/status";

export const metadata: Metadata = { title: "工作台" };

const SCOPE_HEADINGS = { admin: "全部部门", reviewer: "您审核的区县的部门", editor: "您负责的部门" } as const;
const TODO_STATUS = { editor: ["draft", "returned"], reviewer: ["submitted"], admin: ["approved"] } as const;

export default async function AdminHomePage() {
  const actor = await requirePageActor("/admin");
  const db = await getDb();
  const [departments, disclosures] = await Promise.all([listScopeDepartments({ db, actor }), listScopeDisclosures({ db, actor })]);
  const todo = disclosures.filter((d) => (TODO_STATUS[actor.role] as readonly string[]).includes(d.status));
  return (
    <>
      <h1 className="mb-4 text-2xl font-semibold">工作台</h1>
      {actor.role === "editor" && departments.length > 0 ? (
        <div className="mb-6">
          <NewDisclosureForm departments={departments.map((d) => ({ key: d.key, name: d.name }))} defaultYear={new Date().getFullYear() + 1} />
        </div>
      ) : null}
      <section aria-labelledby="disclosures" className="mb-8">
        <h2 id="disclosures" className="mb-2 text-lg font-semibold">
          公开文件（{disclosures.length}）{todo.length ? <span className="ml-2 text-base font-normal text-brand-700">待您处理 {todo.length} 份</span> : null}
        </h2>
        {disclosures.length === 0 ? (
          <p className="text-stone-700">尚无文件。</p>
        ) : (
          <div className="relative overflow-x-auto">
            <table data-testid="disclosure-list" className="w-full border-collapse bg-white text-left text-sm">
              <thead className="bg-stone-100">
                <tr>
                  <th scope="col" className="border border-stone-200 px-3 py-2">文件</th>
                  <th scope="col" className="border border-stone-200 px-3 py-2">年度</th>
                  <th scope="col" className="border border-stone-200 px-3 py-2">状态</th>
                  <th scope="col" className="border border-stone-200 px-3 py-2 text-right">检查发现</th>
                </tr>
              </thead>
              <tbody>
                {disclosures.map((d) => {
                  const errors = d.findings.filter((f) => f.severity === "error").length;
                  return (
                    <tr key={d.id} className={(TODO_STATUS[actor.role] as readonly string[]).includes(d.status) ? "bg-amber-50" : undefined}>
                      <td className="border border-stone-200 px-3 py-2">
                        <Link href={`/admin/disclosures/${d.id}`} className="text-brand-700 underline">{d.title}</Link>
                        <span className="block text-xs text-stone-600">{d.districtName} · {d.districtCode}-{d.departmentCode} · 第 {d.revision} 版</span>
                      </td>
                      <td className="border border-stone-200 px-3 py-2">{d.year} 年{KIND_LABELS[d.kind]}</td>
                      <td className="border border-stone-200 px-3 py-2">{STATUS_LABELS[d.status]}</td>
                      <td className="border border-stone-200 px-3 py-2 text-right tabular-nums">
                        {d.findings.length}
                        {errors ? <span className="ml-1 text-red-700">（错误 {errors}）</span> : null}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        )}
      </section>
      <section aria-labelledby="scope">
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
    </>
  );
}
