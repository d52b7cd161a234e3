import type { DisclosureDocument, Indicator, SourceUnit } from "@/lib/disclosure/schema";
import { formatAmount } from "@/lib/money";

function IndicatorTable({ indicators, caption }: { indicators: Indicator[]; caption: string }) {
  if (indicators.length === 0) return <p className="text-sm text-stone-700">未列绩效指标。</p>;
  return (
    <div className="relative overflow-x-auto">
      <table className="w-full border-collapse bg-white text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead className="bg-stone-100">
          <tr>
            {["一级指标", "二级指标", "三级指标", "计量单位", "指标性质", "指标值", "权重", "是否核心指标"].map((h) => (
              <th key={h} scope="col" className="border border-stone-300 px-2 py-1 text-left">{h}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {indicators.map((ind, i) => (
            <tr key={i}>
              <td className="border border-stone-300 px-2 py-1">{ind.level1}</td>
              <td className="border border-stone-300 px-2 py-1">{ind.level2}</td>
              <td className="border border-stone-300 px-2 py-1">{ind.level3}</td>
              <td className="border border-stone-300 px-2 py-1">{ind.unit ?? ""}</td>
              <td className="border border-stone-300 px-2 py-1">{ind.operator}</td>
              <td className="border border-stone-300 px-2 py-1">{ind.value ?? ""}</td>
              <td className="border border-stone-300 px-2 py-1 tabular-nums">{ind.weight ?? ""}</td>
              <td className="border border-stone-300 px-2 py-1">{ind.core === null ? "" : ind.core ? "是" : "否"}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** 部门整体支出绩效目标 and each 项目支出绩效目标, as the documents print them. */
export function PerformanceTargets({ doc, unit }: { doc: DisclosureDocument; unit: SourceUnit }) {
  const { overall, projects } = doc.performance;
  if (!overall && projects.length === 0) return null;
  return (
    <section aria-labelledby="performance" className="mb-8">
      <h2 id="performance" className="mb-2 mt-6 text-lg font-semibold">绩效目标</h2>
      {overall ? (
        <div className="mb-6">
          <h3 className="mb-1 font-semibold">部门（单位）整体支出绩效目标</h3>
          <p className="mb-2 leading-7">{overall.goal}</p>
          <IndicatorTable indicators={overall.indicators} caption="整体绩效指标" />
        </div>
      ) : null}
      {projects.map((p, i) => (
        <div key={i} className="mb-6">
          <h3 className="mb-1 font-semibold">
            {p.projectName}
            {p.projectCode ? <span className="ml-2 text-sm font-normal text-stone-600">{p.projectCode}</span> : null}
          </h3>
          {p.amount ? <p className="text-sm">当年预算：{formatAmount(p.amount, { unit })} {unit}</p> : null}
          {p.goal ? <p className="mb-2 leading-7">当年绩效目标：{p.goal}</p> : null}
          <IndicatorTable indicators={p.indicators} caption={`${p.projectName}绩效指标`} />
        </div>
      ))}
    </section>
  );
}
