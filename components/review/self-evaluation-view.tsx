import { anchorKey } from "@/components/editor/anchors";
import { showAmount } from "@/components/editor/amount-format";
import type { SelfEvaluation, SourceUnit } from "@/lib/disclosure/schema";
import { SELF_EVALUATION_LABELS } from "@/lib/disclosure/labels";

const COLUMNS = ["projectCode", "projectName", "budget", "actual", "score", "grade", "gaps"] as const;

/** A 决算's 绩效自评, read-only: one row per project. */
export function SelfEvaluationView({ evaluations, unit }: { evaluations: SelfEvaluation[]; unit: SourceUnit }) {
  return (
    <div data-anchor={anchorKey({ table: "selfEvaluations" })} tabIndex={-1} className="relative overflow-x-auto data-[highlight=true]:ring-4 data-[highlight=true]:ring-amber-400">
      <table className="min-w-full text-sm">
        <caption className="text-left font-semibold">项目支出绩效自评（金额单位：{unit}）</caption>
        <thead>
          <tr className="bg-stone-100 text-left">
            {COLUMNS.map((c) => (
              <th key={c} scope="col" className={`px-2 py-1 ${c === "budget" || c === "actual" || c === "score" ? "text-right" : ""}`}>{SELF_EVALUATION_LABELS[c]}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {evaluations.map((e, i) => (
            <tr key={i} data-anchor={anchorKey({ table: "selfEvaluations", row: e.projectCode || e.projectName })} tabIndex={-1} className="border-t border-stone-200 align-top data-[highlight=true]:bg-amber-100">
              <td className="px-2 py-1 font-mono text-xs">{e.projectCode}</td>
              <th scope="row" className="px-2 py-1 text-left font-normal">{e.projectName}</th>
              <td className="px-2 py-1 text-right tabular-nums">{showAmount(e.budget ?? null, unit)}</td>
              <td className="px-2 py-1 text-right tabular-nums">{showAmount(e.actual ?? null, unit)}</td>
              <td className="px-2 py-1 text-right tabular-nums">{e.score}</td>
              <td className="px-2 py-1">{e.grade}</td>
              <td className="min-w-48 whitespace-pre-wrap px-2 py-1">{e.gaps}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
