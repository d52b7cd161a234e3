import type { BudgetFinalTable } from "@/lib/disclosure/budget-final";
import type { SourceUnit } from "@/lib/disclosure/schema";
import { formatAmount } from "@/lib/money";
import { rateText, signed } from "@/components/disclosure/execution-text";
import { cell, rowStyle, stickyCell } from "./compared-table";
import { ScrollBox } from "./scroll-box";

const FIGURES = ["预算数", "决算数", "增减", "执行率"] as const;

/**
 * One table of a 部门预算 against its 部门决算: per row and column, 预算数 | 决算数 | 增减 | 执行率;
 * “—” where a figure cannot be said. The rows where the 决算数 differs from the 预算数 are shaded.
 */
export function BudgetFinalTableView({ table, unit }: { table: BudgetFinalTable; unit: SourceUnit }) {
  const grouped = table.columns.length > 1;
  return (
    <section aria-labelledby={`bf-${table.kind}`} className="mb-6">
      <h2 id={`bf-${table.kind}`} className="mb-1 text-lg font-semibold">{table.title}</h2>
      <ScrollBox label={table.title} alwaysCue={table.columns.length * FIGURES.length > 6}>
        <table className="min-w-full border-separate border-spacing-0 bg-white text-sm">
          <thead className="bg-stone-100">
            <tr>
              <th scope="col" rowSpan={grouped ? 2 : 1} className={`${stickyCell} min-w-[9em] border-t bg-stone-100 align-bottom`}>{table.rows.some((r) => r.code) ? "科目" : "项目"}</th>
              {grouped
                ? table.columns.map((c) => (
                    <th key={c} scope="colgroup" colSpan={FIGURES.length} className={`${cell} border-t text-center`}>{c}</th>
                  ))
                : FIGURES.map((f) => (
                    <th key={f} scope="col" className={`${cell} min-w-[6em] border-t text-right font-medium`}>{f}</th>
                  ))}
            </tr>
            {grouped ? (
              <tr>
                {table.columns.flatMap((c) =>
                  FIGURES.map((f) => (
                    <th key={`${c}-${f}`} scope="col" className={`${cell} min-w-[6em] text-right font-medium`}>
                      {f}<span className="sr-only">（{c}）</span>
                    </th>
                  )),
                )}
              </tr>
            ) : null}
          </thead>
          <tbody>
            {table.rows.map((r) => {
              const differs = r.cells.some((c) => c.difference !== null && !/^-?0\.00$/.test(c.difference));
              return (
                <tr key={r.key} className={differs ? "bg-amber-50" : "bg-white"}>
                  <th scope="row" className={`${stickyCell} ${rowStyle(r)}`}>
                    {r.code ? <span className="mr-1 tabular-nums text-stone-600">{r.code}</span> : null}
                    {r.name}
                  </th>
                  {r.cells.flatMap((c, i) => [
                    <td key={`${i}-b`} className={`${cell} whitespace-nowrap text-right tabular-nums`}>{formatAmount(c.budget, { unit })}</td>,
                    <td key={`${i}-f`} className={`${cell} whitespace-nowrap text-right tabular-nums`}>{formatAmount(c.final, { unit })}</td>,
                    <td key={`${i}-d`} className={`${cell} whitespace-nowrap bg-stone-50 text-right tabular-nums`}>{c.difference === null ? "—" : signed(formatAmount(c.difference, { unit }))}</td>,
                    <td key={`${i}-r`} className={`${cell} whitespace-nowrap bg-stone-50 text-right tabular-nums`}>{rateText(c.rate)}</td>,
                  ])}
                </tr>
              );
            })}
          </tbody>
        </table>
      </ScrollBox>
    </section>
  );
}
