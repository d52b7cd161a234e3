"use client";

import type { HeadingContext } from "@/lib/disclosure/column-headings";
import { findingPlace } from "@/lib/disclosure/finding-text";
import { findingPage, RULE_LABELS, SEVERITY_LABELS } from "@/lib/disclosure/labels";
import { type Finding, FINDING_SEVERITIES } from "@/lib/disclosure/schema";
import { jumpTo } from "./anchors";

const SEVERITY_STYLES = {
  error: "border-red-300 bg-red-50 text-red-900",
  warning: "border-amber-300 bg-amber-50 text-amber-900",
  rounding: "border-stone-300 bg-stone-50 text-stone-800",
  info: "border-sky-300 bg-sky-50 text-sky-900",
} as const;

const where = (f: Finding, context: HeadingContext): string => [findingPlace({ finding: f, ...context }), findingPage(f)].filter(Boolean).join(" · ");

/** The findings (rules T1–R1, and I1 of the importer), each a link to the place it is about. */
export function FindingsPanel({ findings, context }: { findings: Finding[]; context: HeadingContext }) {
  const counts = FINDING_SEVERITIES.map((s) => [s, findings.filter((f) => f.severity === s).length] as const).filter(([, n]) => n > 0);
  return (
    <section id="findings" aria-labelledby="findings-heading" tabIndex={-1} className="rounded border border-stone-300 bg-white p-3">
      <h2 id="findings-heading" className="font-semibold">校验结果</h2>
      <p aria-live="polite" data-testid="findings-count" className="mt-1 text-sm text-stone-700">
        {findings.length === 0 ? "未发现问题" : `共 ${findings.length} 条：${counts.map(([s, n]) => `${SEVERITY_LABELS[s]} ${n}`).join("，")}`}
      </p>
      <ul className="mt-2 max-h-[60vh] space-y-2 overflow-y-auto">
        {findings.map((f, i) => {
          const place = where(f, context);
          return (
            <li key={`${f.rule}-${f.table}-${f.row}-${f.column}-${i}`} data-testid="finding" className={`rounded border p-2 text-sm ${SEVERITY_STYLES[f.severity]}`}>
              <button type="button" onClick={() => jumpTo({ table: f.table, row: f.row, column: f.column })} className="w-full text-left">
                <span className="font-semibold">
                  {f.rule} {RULE_LABELS[f.rule]} {SEVERITY_LABELS[f.severity]}
                </span>
                {place ? <span className="ml-1 text-xs">（{place}）</span> : null}
                <span className="mt-1 block">{f.message}</span>
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
