import { listHref } from "@/lib/http/list-href";
import type { Metadata } from "next";
import Link from "next/link";
import { getDb } from "@/db/client";
import { listDepartmentsPage } from "@/db/queries/departments-admin";
import { listDistrictsWithCounts } from "@/db/queries/districts";
import { Pager } from "@/components/manage/pager";
import { requireAdminPage } from "@/components/manage/require-admin-page";
import { inputClass, linkClass, primaryButton, secondaryButton, tableClass, tableWrapper } from "@/components/manage/styles";
import { DEPARTMENTS_PAGE_SIZE, departmentListQuerySchema } from "./list-query";

export const metadata: Metadata = { title: "部门" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function DepartmentsPage({ searchParams }: Props) {
  await requireAdminPage("/admin/departments");
  const raw = Object.fromEntries(Object.entries(await searchParams).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v]));
  const query = departmentListQuerySchema.parse(raw);
  const db = await getDb();
  const [districts, result] = await Promise.all([
    listDistrictsWithCounts({ db }),
    listDepartmentsPage({ db, districtCode: query.district, q: query.q || undefined, page: query.page, pageSize: DEPARTMENTS_PAGE_SIZE }),
  ]);
  const pageCount = Math.max(1, Math.ceil(result.total / DEPARTMENTS_PAGE_SIZE));
  return (
    <>
      <div className="mb-4 flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-semibold">部门</h1>
        <Link href="/admin/departments/new" className={primaryButton}>
          新建部门
        </Link>
      </div>
      <form method="get" role="search" aria-label="筛选部门" className="mb-4 grid gap-3 rounded border border-stone-200 bg-white p-3 sm:grid-cols-[1fr_2fr_auto] sm:items-end">
        <div>
          <label htmlFor="district" className="block font-medium">
            区县
          </label>
          <select id="district" name="district" defaultValue={query.district ?? ""} className={inputClass}>
            <option value="">全部区县</option>
            {districts.map((d) => (
              <option key={d.code} value={d.code}>
                {d.name}（{d.departments}）
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="q" className="block font-medium">
            检索
          </label>
          <input id="q" name="q" type="search" defaultValue={query.q ?? ""} placeholder="部门名称、编码或联系人" className={inputClass} />
        </div>
        <button type="submit" className={secondaryButton}>
          查询
        </button>
      </form>
      <p className="mb-2" aria-live="polite">
        共 {result.total} 个部门{pageCount > 1 ? `，每页 ${DEPARTMENTS_PAGE_SIZE} 个` : ""}
      </p>
      {result.items.length === 0 ? (
        <p className="text-stone-700">没有符合条件的部门。</p>
      ) : (
        <div className={tableWrapper}>
          <table className={tableClass}>
            <caption className="sr-only">部门列表，按区县和部门编码排列</caption>
            <thead>
              <tr>
                <th scope="col">部门编号</th>
                <th scope="col">部门名称</th>
                <th scope="col">区县</th>
                <th scope="col">上级部门</th>
                <th scope="col">联系人</th>
                <th scope="col">联系电话</th>
              </tr>
            </thead>
            <tbody>
              {result.items.map((d) => (
                <tr key={d.id}>
                  <td>
                    <Link href={`/admin/departments/${d.key}`} className={linkClass}>
                      {d.key}
                    </Link>
                  </td>
                  <td className="whitespace-normal">{d.name}</td>
                  <td>{d.districtName}</td>
                  <td className="whitespace-normal">{d.parentName ?? "—"}</td>
                  <td>{d.contactName ?? "—"}</td>
                  <td>{d.contactPhone ?? "—"}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <Pager href={(p) => listHref("/admin/departments", { district: query.district, q: query.q, page: String(p) })} page={query.page} pageCount={pageCount} />
    </>
  );
}
