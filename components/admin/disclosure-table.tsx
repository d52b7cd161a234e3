import Link from "next/link";
import { formatTime } from "@/components/manage/format-time";
import type { ScopeDisclosure } from "@/db/queries/admin-overview";
import { KIND_LABELS } from "@/lib/disclosure/list-query";
import { STATUS_LABELS } from "@/lib/disclosure/status";

/** The dashboard's disclosures: title and department, year, status, last submission, findings; those waiting for the reader marked. */
export function DisclosureTable({ items, waiting }: { items: ScopeDisclosure[]; waiting: readonly string[] }) {
  return (
    <div className="relative overflow-x-auto">
      <table data-testid="disclosure-list" className="w-full border-collapse bg-white text-left text-sm">
        <thead className="bg-stone-100">
          <tr>
            <th scope="col" className="border border-stone-200 px-3 py-2">文件</th>
            <th scope="col" className="border border-stone-200 px-3 py-2">年度</th>
            <th scope="col" className="border border-stone-200 px-3 py-2">状态</th>
            <th scope="col" className="border border-stone-200 px-3 py-2">提交时间</th>
            <th scope="col" className="border border-stone-200 px-3 py-2">提交人</th>
            <th scope="col" className="border border-stone-200 px-3 py-2 text-right">检查发现</th>
          </tr>
        </thead>
        <tbody>
          {items.map((d) => (
            <tr key={d.id} className={waiting.includes(d.status) ? "bg-amber-50" : undefined}>
              <td className="border border-stone-200 px-3 py-2">
                <Link href={`/admin/disclosures/${d.id}`} className="text-brand-700 underline">{d.title}</Link>
                <span className="block text-xs text-stone-600">{d.districtName} · {d.districtCode}-{d.departmentCode} · 第 {d.revision} 版</span>
              </td>
              <td className="border border-stone-200 px-3 py-2">{d.year} 年{KIND_LABELS[d.kind]}</td>
              <td className="border border-stone-200 px-3 py-2">{STATUS_LABELS[d.status]}</td>
              <td className="border border-stone-200 px-3 py-2 whitespace-nowrap tabular-nums">
                {d.submittedAt ? <time dateTime={d.submittedAt.toISOString()}>{formatTime(d.submittedAt)}</time> : "—"}
              </td>
              <td className="border border-stone-200 px-3 py-2">{d.submittedBy ?? "—"}</td>
              <td className="border border-stone-200 px-3 py-2 text-right tabular-nums">
                {d.findingsTotal}
                {d.findingsErrors ? <span className="ml-1 text-red-700">（错误 {d.findingsErrors}）</span> : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
