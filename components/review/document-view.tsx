"use client";

import { type Anchor, anchorKey } from "@/components/editor/anchors";
import { showAmount } from "@/components/editor/amount-format";
import { INDICATOR_LABELS } from "@/lib/disclosure/labels";
import { type DisclosureDocument, type SourceUnit } from "@/lib/disclosure/schema";
import { sectionHeadingsFor } from "@/lib/disclosure/section-headings";
import { PrintedTable } from "@/components/disclosure/printed-table";
import { SelfEvaluationView } from "./self-evaluation-view";
import { TableView } from "./table-view";

interface Props {
  doc: DisclosureDocument;
  unit: SourceUnit;
  commented: ReadonlySet<string>;
  onPick?: (anchor: Anchor) => void;
}

/** The whole disclosure, read-only: narrative, tables, projects and performance targets. */
export function DocumentView({ doc, unit, commented, onPick }: Props) {
  const final = doc.kind === "final";
  return (
    <div className="space-y-8">
      <section aria-labelledby="narrative-heading" className="space-y-4">
        <h2 id="narrative-heading" className="text-xl font-semibold">{final ? "部门决算情况说明" : "部门预算情况说明"}</h2>
        {sectionHeadingsFor(doc.kind, doc.sections).map(({ key, heading }) => {
          const anchor = { section: key };
          return (
            <section key={key} aria-labelledby={`section-${key}-heading`} data-anchor={anchorKey(anchor)} tabIndex={-1} className={`rounded border p-3 data-[highlight=true]:ring-4 data-[highlight=true]:ring-amber-400 ${commented.has(anchorKey(anchor)) ? "border-sky-500 bg-sky-50" : "border-stone-200 bg-white"}`}>
              <div className="flex flex-wrap items-start justify-between gap-2">
                <h3 id={`section-${key}-heading`} className="font-semibold">{heading}</h3>
                {onPick ? (
                  <button type="button" onClick={() => onPick(anchor)} className="rounded border border-sky-700 px-2 py-0.5 text-sm text-sky-900 hover:bg-sky-50">
                    批注此节
                  </button>
                ) : null}
              </div>
              <p className="mt-1 whitespace-pre-wrap">{doc.sections[key] || <span className="text-stone-600">（未填写）</span>}</p>
            </section>
          );
        })}
        <p>
          部门预算公开联系人：{doc.contact?.name || "（未填写）"}　联系方式：{doc.contact?.phone || "（未填写）"}
        </p>
      </section>

      <section aria-labelledby="tables-heading" className="space-y-4">
        <h2 id="tables-heading" className="text-xl font-semibold">{final ? "决算公开表" : "预算公开表"}</h2>
        {doc.tables.length === 0 ? <p className="text-stone-700">尚无表格。</p> : null}
        {doc.tables.map((t, i) =>
          t.kind === "other" ? (
            <PrintedTable key={`other-${i}`} id={`printed-table-${i}`} table={t} layout="panel" />
          ) : (
            <TableView key={t.kind} table={t} context={doc} unit={unit} commented={commented} onPick={onPick} />
          ),
        )}
      </section>

      <section aria-labelledby="performance-heading" data-anchor="table:performance" tabIndex={-1} className="space-y-4 data-[highlight=true]:ring-4 data-[highlight=true]:ring-amber-400">
        <h2 id="performance-heading" className="text-xl font-semibold">{final ? "项目、绩效目标与绩效自评" : "项目与绩效目标"}</h2>
        <div className="relative overflow-x-auto">
          <table className="min-w-full text-sm">
            <caption className="text-left font-semibold">项目清单（单位：{unit}）</caption>
            <thead>
              <tr className="bg-stone-100 text-left">
                <th scope="col" className="px-2 py-1">项目编码</th>
                <th scope="col" className="px-2 py-1">项目名称</th>
                <th scope="col" className="px-2 py-1 text-right">金额</th>
                <th scope="col" className="px-2 py-1">项目类别</th>
              </tr>
            </thead>
            <tbody>
              {doc.projects.map((p, i) => (
                <tr key={i} data-anchor={anchorKey({ table: "projects", row: p.code || p.name })} tabIndex={-1} className="border-t border-stone-200 data-[highlight=true]:bg-amber-100">
                  <td className="px-2 py-1 font-mono text-xs">{p.code}</td>
                  <th scope="row" className="px-2 py-1 text-left font-normal">{p.name}</th>
                  <td className="px-2 py-1 text-right tabular-nums">{showAmount(p.amount, unit)}</td>
                  <td className="px-2 py-1">{p.category}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        {doc.performance.overall ? (
          <TargetView anchor={{ table: "performance", row: "overall" }} title="部门整体绩效目标" goal={doc.performance.overall.goal} indicators={doc.performance.overall.indicators} commented={commented} />
        ) : null}
        {doc.performance.projects.map((t, i) => (
          <TargetView key={i} anchor={{ table: "performance", row: t.projectCode || t.projectName }} title={`项目“${t.projectName}”绩效目标（${showAmount(t.amount, unit)} ${unit}）`} goal={t.goal ?? ""} indicators={t.indicators} commented={commented} />
        ))}
        {doc.performance.selfEvaluations?.length ? <SelfEvaluationView evaluations={doc.performance.selfEvaluations} unit={unit} /> : null}
      </section>
    </div>
  );
}

function TargetView({ anchor, title, goal, indicators, commented }: { anchor: Anchor; title: string; goal: string; indicators: DisclosureDocument["performance"]["projects"][number]["indicators"]; commented: ReadonlySet<string> }) {
  return (
    <section data-anchor={anchorKey(anchor)} tabIndex={-1} aria-label={title} className={`rounded border p-3 data-[highlight=true]:ring-4 data-[highlight=true]:ring-amber-400 ${commented.has(anchorKey(anchor)) ? "border-sky-500 bg-sky-50" : "border-stone-200 bg-white"}`}>
      <h3 className="font-semibold">{title}</h3>
      {goal ? <p className="mt-1 whitespace-pre-wrap">{goal}</p> : null}
      <div className="mt-2 relative overflow-x-auto">
        <table className="min-w-full text-sm">
          <thead>
            <tr className="bg-stone-100 text-left">
              {Object.values(INDICATOR_LABELS).map((h) => (
                <th key={h} scope="col" className="px-2 py-1">{h}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {indicators.map((ind, i) => (
              <tr key={i} className="border-t border-stone-200">
                <td className="px-2 py-1">{ind.level1}</td>
                <td className="px-2 py-1">{ind.level2}</td>
                <td className="px-2 py-1">{ind.level3}</td>
                <td className="px-2 py-1">{ind.unit}</td>
                <td className="px-2 py-1">{ind.operator}</td>
                <td className="px-2 py-1">{ind.value}</td>
                <td className="px-2 py-1">{ind.weight}</td>
                <td className="px-2 py-1">{ind.core === null ? "" : ind.core ? "是" : "否"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
