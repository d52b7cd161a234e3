import type { Metadata } from "next";
import Link from "next/link";
import { getDb } from "@/db/client";
import { countDisclosuresByDistrictAndStatus } from "@/db/queries/departments-admin";
import { listDistrictsWithCounts } from "@/db/queries/districts";
import { requireAdminPage } from "@/components/manage/require-admin-page";
import { linkClass, tableClass, tableWrapper } from "@/components/manage/styles";
import { type DisclosureStatus, STATUS_LABELS } from "@/lib/disclosure/status";

export const metadata: Metadata = { title: "区县" };

const STATUSES = Object.keys(STATUS_LABELS) as DisclosureStatus[];
const TYPE_LABELS: Record<string, string> = { district: "区", county: "县" };

export default async function DistrictsPage() {
  await requireAdminPage("/admin/districts");
  const db = await getDb();
  const [districts, counts] = await Promise.all([listDistrictsWithCounts({ db }), countDisclosuresByDistrictAndStatus({ db })]);
  const countOf = (districtCode: string, status: DisclosureStatus) => counts.find((c) => c.districtCode === districtCode && c.status === status)?.n ?? 0;
  const total = (status: DisclosureStatus) => counts.filter((c) => c.status === status).reduce((sum, c) => sum + c.n, 0);
  return (
    <>
      <h1 className="mb-2 text-2xl font-semibold">区县（{districts.length}）</h1>
      <p className="mb-4 max-w-3xl text-stone-700">
        区县是参考数据：名称与代码依据国家标准《中华人民共和国行政区划代码》（GB/T 2260），随系统安装载入，在此只读。
        部门编号、账号的审核范围和已公开文件都以区县代码为准，随意修改会使它们失效；行政区划调整时，由运维人员以数据库迁移统一更新。
        各区县的部门可在“<Link href="/admin/departments" className={linkClass}>部门</Link>”中新建和修改。
      </p>
      <div className={tableWrapper}>
        <table className={tableClass}>
          <caption className="sr-only">各区县的部门数和各状态的公开文件数</caption>
          <thead>
            <tr>
              <th scope="col">代码</th>
              <th scope="col">名称</th>
              <th scope="col">类型</th>
              <th scope="col" className="text-right">部门</th>
              {STATUSES.map((s) => (
                <th key={s} scope="col" className="text-right">
                  {STATUS_LABELS[s]}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {districts.map((d) => (
              <tr key={d.code}>
                <td className="tabular-nums">{d.code}</td>
                <th scope="row">
                  <Link href={`/admin/departments?district=${d.code}`} className={linkClass}>
                    {d.name}
                  </Link>
                </th>
                <td>{TYPE_LABELS[d.type] ?? d.type}</td>
                <td className="text-right tabular-nums">{d.departments}</td>
                {STATUSES.map((s) => (
                  <td key={s} className="text-right tabular-nums">
                    {countOf(d.code, s)}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr className="font-semibold">
              <th scope="row" colSpan={3}>
                合计
              </th>
              <td className="text-right tabular-nums">{districts.reduce((sum, d) => sum + d.departments, 0)}</td>
              {STATUSES.map((s) => (
                <td key={s} className="text-right tabular-nums">
                  {total(s)}
                </td>
              ))}
            </tr>
          </tfoot>
        </table>
      </div>
    </>
  );
}
