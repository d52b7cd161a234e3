import Link from "next/link";
import type { YearExecution } from "@/lib/disclosure/execution";
import { formatAmount } from "@/lib/money";
import { rateText, signed } from "./execution-text";

const wan = (yuan: string | null) => formatAmount(yuan, { unit: "万元", blank: "—" });

/**
 * A department's years with a published 部门决算, newest first: per year its 预算数 (from the
 * published 部门预算) beside its 决算数, the difference and the 执行率, for 支出合计, 基本支出,
 * 项目支出 and each “三公” item; in 万元.
 */
export function BudgetFinalYears({ years }: { years: YearExecution[] }) {
  return (
    <section aria-labelledby="budget-final" className="mt-6">
      <h2 id="budget-final" className="mb-1 text-lg font-semibold">预算与决算对照</h2>
      <p className="mb-3 text-sm text-stone-700">
        预算数取自当年公开的部门预算，决算数取自当年的部门决算；执行率 = 决算数 ÷ 预算数。“—”表示无法计算（未公开预算、预算数为 0 或空白）。
      </p>
      {years.map((y) => (
        <div key={y.year} className="mb-4">
          <p className="mb-1 text-sm">
            {y.budgetId ? <Link href={`/disclosures/${y.budgetId}`} className="text-brand-700 underline">{y.year} 年部门预算</Link> : <span className="text-stone-600">本平台无 {y.year} 年部门预算</span>}
            {" · "}
            {y.finalId ? <Link href={`/disclosures/${y.finalId}`} className="text-brand-700 underline">{y.year} 年部门决算</Link> : null}
            {y.budgetId && y.finalId ? (
              <>
                {" · "}
                <Link href={`/compare?ids=${y.budgetId},${y.finalId}`} className="text-brand-700 underline">逐表对照<span className="sr-only">{y.year} 年预算与决算</span></Link>
              </>
            ) : null}
          </p>
          <div className="overflow-x-auto">
          <table className="ruled-table">
            <caption className="mb-1 text-left font-semibold">{y.year} 年预算与决算（单位：万元）</caption>
            <thead>
              <tr>
                <th scope="col">项目</th>
                <th scope="col" className="text-right">预算数</th>
                <th scope="col" className="text-right">决算数</th>
                <th scope="col" className="text-right">增减</th>
                <th scope="col" className="text-right">执行率</th>
              </tr>
            </thead>
            <tbody>
              {y.lines.map((l) => (
                <tr key={l.label}>
                  <th scope="row" className={l.part ? "pl-5 font-normal" : "font-semibold"}>{l.label}</th>
                  <td className="text-right tabular-nums">{wan(l.budget)}</td>
                  <td className="text-right tabular-nums">{wan(l.final)}</td>
                  <td className="text-right tabular-nums">{l.difference === null ? "—" : signed(wan(l.difference))}</td>
                  <td className="text-right tabular-nums">{rateText(l.rate)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          </div>
        </div>
      ))}
    </section>
  );
}
