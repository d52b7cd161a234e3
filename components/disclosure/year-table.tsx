import Link from "next/link";
import { KIND_LABELS } from "@/lib/disclosure/list-query";
import { YEAR_FIGURES, yearChange, type YearFigures } from "@/lib/disclosure/year-trend";
import { formatAmount } from "@/lib/money";

/**
 * A department's published years of one kind, oldest first, with each figure's change against
 * the year before; the year being read (`currentId`) is marked.
 */
export function YearTable({ years, kind, currentId }: { years: YearFigures[]; kind: "budget" | "final"; currentId?: string }) {
  return (
    <div className="relative overflow-x-auto">
      <table className="ruled-table">
        <caption className="mb-1 text-left font-semibold">历年{KIND_LABELS[kind]}（单位：万元，小字为比上年增减）</caption>
        <thead>
          <tr>
            <th scope="col">年度</th>
            {YEAR_FIGURES.map(([, label]) => (
              <th key={label} scope="col" className="text-right">{label}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {years.map((y, i) => (
            <tr key={y.id} className={y.id === currentId ? "bg-amber-50" : undefined}>
              <th scope="row" className="font-normal">
                {y.id === currentId ? (
                  <span aria-current="page" className="font-semibold">{y.year} 年（本文件）</span>
                ) : (
                  <Link href={`/disclosures/${y.id}`} className="text-brand-700 underline">{y.year} 年{KIND_LABELS[kind]}</Link>
                )}
              </th>
              {YEAR_FIGURES.map(([key]) => (
                <td key={key} className="text-right tabular-nums">
                  {formatAmount(y[key], { unit: "万元", blank: "—" })}
                  <span className="block text-xs text-stone-600">{yearChange(y[key], years[i - 1]?.[key])}</span>
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
