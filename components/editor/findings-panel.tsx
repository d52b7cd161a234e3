"use client";

import type { Finding } from "@/lib/disclosure/schema";
import { FINDING_SEVERITIES, TABLE_KINDS, type TableKind } from "@/lib/disclosure/schema";
import { jumpTo } from "./anchors";
import { findingPage, rowName, RULE_LABELS } from "@/lib/disclosure/labels";
import { columnHeader, SEVERITY_LABELS, tableLabel } from "./labels";

const SEVERITY_STYLES = {
  error: "border-red-300 bg-red-50 text-red-900",
  warning: "border-amber-300 bg-amber-50 text-amber-900",
  rounding: "border-stone-300 bg-stone-50 text-stone-800",
  info: "border-sky-300 bg-sky-50 text-sky-900",
} as const;

function where(f: Finding): string {
  if (f.table === "performance") return ["绩效目标", f.row === "overall" ? "整体" : f.row].filter(Boolean).join(" · ");
  const kind = TABLE_KINDS.includes(f.table as TableKind) ? (f.table as TableKind) : undefined;
  return [kind ? tableLabel(kind) : f.table, f.row === "total" ? "合计" : f.row && rowName({ name: f.row }), kind && f.column ? columnHeader(kind, f.column) : f.column, findingPage(f)].filter(Boolean).join(" · ");
}

/** The findings (rules T1–R1, and I1 of the importer), each a link to the place it is about. */
export function FindingsPanel({ findings }: { findings: Finding[] }) {
  const counts = FINDING_SEVERITIES.map((s) => [s, findings.filter((f) => f.severity === s).length] as const).filter(([, n]) => n > 0);
  return (
    <section id="findings" aria-labelledby="findings-heading" tabIndex={-1} className="rounded border border-stone-300 bg-white p-3">
      <h2 id="findings-heading" className="font-semibold">校验结果</h2>
      <p aria-live="polite" data-testid="findings-count" className="mt-1 text-sm text-stone-700">
        {findings.length === 0 ? "未发现问题" : `共 ${findings.length} 条：${counts.map(([s, n]) => `${SEVERITY_LABELS[s]} ${n}`).join("，")}`}
      </p>
      <ul className="mt-2 max-h-[60vh] space-y-2 overflow-y-auto">
        {findings.map((f, i) => (
          <li key={`${f.rule}-${f.table}-${f.row}-${f.column}-${i}`} data-testid="finding" className={`rounded border p-2 text-sm ${SEVERITY_STYLES[f.severity]}`}>
            <button type="button" onClick={() => jumpTo({ table: f.table, row: f.row, column: f.column })} className="w-full text-left">
              <span className="font-semibold">
                {f.rule} {RULE_LABELS[f.rule]} {SEVERITY_LABELS[f.severity]}
              </span>
              {where(f) ? <span className="ml-1 text-xs">（{where(f)}）</span> : null}
              <span className="mt-1 block">{f.message}</span>
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
