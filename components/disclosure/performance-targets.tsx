import type { DisclosureDocument, Indicator, SourceUnit } from "@/lib/disclosure/schema";
import { indicatorTable } from "@/lib/disclosure/indicator-table";
import { CompactTable } from "./compact-table";
import { cell } from "./table-cells";
import { formatAmount } from "@/lib/money";

function IndicatorTable({ indicators, caption }: { indicators: Indicator[]; caption: string }) {
  if (indicators.length === 0) return <p className="text-sm text-stone-700">未列绩效指标。</p>;
  const { columns, rows } = indicatorTable(indicators);
  return (
    <div>
      <CompactTable
        className="ruled-table"
        caption={caption}
        head={[columns.map((c) => c.label)]}
        rows={rows.map((cells) => cells.map((c) => cell(c.text, { rowSpan: c.rowSpan, className: c.column === "weight" ? "tabular-nums" : "" })))}
      />
    </div>
  );
}

/** 部门整体支出绩效目标 and each 项目支出绩效目标, as the documents print them (globals.css `.performance-target`). */
export function PerformanceTargets({ doc, unit }: { doc: DisclosureDocument; unit: SourceUnit }) {
  const { overall, projects } = doc.performance;
  if (!overall && projects.length === 0) return null;
  return (
    <section aria-labelledby="performance" className="mb-8">
      <h2 id="performance" className="mb-2 mt-6 text-lg font-semibold">绩效目标</h2>
      {overall ? (
        <div className="performance-target">
          <h3>部门（单位）整体支出绩效目标</h3>
          <p className="mb-2 leading-7">{overall.goal}</p>
          <IndicatorTable indicators={overall.indicators} caption="整体绩效指标" />
        </div>
      ) : null}
      {projects.map((p, i) => (
        <div key={i} className="performance-target">
          <h3>
            {p.projectName}
            {p.projectCode ? <span>{p.projectCode}</span> : null}
          </h3>
          {p.amount ? <p className="text-sm">{`当年预算：${formatAmount(p.amount, { unit })} ${unit}`}</p> : null}
          {p.goal ? <p className="mb-2 leading-7">{`当年绩效目标：${p.goal}`}</p> : null}
          <IndicatorTable indicators={p.indicators} caption={`${p.projectName}绩效指标`} />
        </div>
      ))}
    </section>
  );
}
