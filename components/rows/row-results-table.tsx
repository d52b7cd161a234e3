import Link from "next/link";
import { tableLabel } from "@/lib/disclosure/labels";
import { KIND_LABELS } from "@/lib/disclosure/list-query";
import { formatAmount } from "@/lib/money";
import { type RowSearchItem, shownCode } from "@/lib/rows/item";
import { principalAmount } from "@/lib/rows/principal";
import type { RowSort } from "@/lib/rows/query";
import { type RowsPageState, rowsUrl } from "./rows-url";

const ARIA_SORT = { amount: "descending", amount_asc: "ascending", department: "ascending", year: "descending" } as const;

/** A column heading that sorts by it: the next order on a click, aria-sort while it is the order. */
function SortHeading({ state, label, sorts, align = "left" }: { state: RowsPageState; label: string; sorts: RowSort[]; align?: "left" | "right" }) {
  const current = sorts.indexOf(state.query.sort);
  const next = sorts[(current + 1) % sorts.length]!;
  const ariaSort = current === -1 ? undefined : ARIA_SORT[state.query.sort];
  const hint = { amount: "按金额从大到小排序", amount_asc: "按金额从小到大排序", department: "按部门名称排序", year: "按年度排序" }[next];
  return (
    <th scope="col" aria-sort={ariaSort} className={`px-3 py-2 font-medium ${align === "right" ? "text-right" : "text-left"}`}>
      <Link href={rowsUrl(state, { sort: next })} className="underline decoration-stone-400 underline-offset-2" title={hint}>
        {label}
        {ariaSort ? <span aria-hidden="true">{ariaSort === "ascending" ? " ↑" : " ↓"}</span> : null}
        <span className="sr-only">（{hint}）</span>
      </Link>
    </th>
  );
}

/**
 * The rows found: who, which year and table, which 科目, and how much, in the unit chosen. The
 * scroller is `relative` so that the headings' screen-reader text, absolutely placed, is clipped
 * with the table instead of widening the page on a phone.
 */
export function RowResultsTable({ items, state }: { items: RowSearchItem[]; state: RowsPageState }) {
  return (
    <div className="relative overflow-x-auto rounded border border-stone-200 bg-white" tabIndex={0} role="region" aria-label="查询结果（可左右滚动）">
      <table className="w-full min-w-[40rem] border-collapse text-sm" data-testid="row-results">
        <caption className="sr-only">按科目查询结果，金额单位：{state.unit}</caption>
        <thead className="bg-stone-100">
          <tr>
            <th scope="col" className="px-3 py-2 text-left font-medium">区县</th>
            <SortHeading state={state} label="部门" sorts={["department"]} />
            <SortHeading state={state} label="年度" sorts={["year"]} />
            <th scope="col" className="px-3 py-2 text-left font-medium">表格</th>
            <th scope="col" className="px-3 py-2 text-left font-medium">科目</th>
            <SortHeading state={state} label={`金额（${state.unit}）`} sorts={["amount", "amount_asc"]} align="right" />
          </tr>
        </thead>
        <tbody>
          {items.map((i, n) => {
            const amount = principalAmount(i.table, undefined, i.values);
            return (
              <tr key={`${i.disclosureId}-${n}`} className="border-t border-stone-200 align-top">
                <td className="whitespace-nowrap px-3 py-2">{i.district}</td>
                <th scope="row" className="px-3 py-2 text-left font-normal">
                  <Link href={`/disclosures/${i.disclosureId}`} className="text-brand-700 underline">{i.department.name}</Link>
                </th>
                <td className="whitespace-nowrap px-3 py-2">{i.year} 年{KIND_LABELS[i.kind]}</td>
                <td className="px-3 py-2">{tableLabel(i.table)}</td>
                <td className="px-3 py-2">
                  {shownCode(i) ? <span className="mr-1 tabular-nums text-stone-600">{shownCode(i)}</span> : null}
                  {i.name}
                </td>
                <td className="whitespace-nowrap px-3 py-2 text-right tabular-nums" data-testid="row-amount">
                  {amount === null ? <span className="text-stone-500">（空）</span> : formatAmount(amount, { unit: state.unit, decimals: state.unit === "万元" ? "auto" : 2 })}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
