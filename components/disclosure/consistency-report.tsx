import type { Finding } from "@/lib/disclosure/schema";
import { SEVERITY_LABELS } from "@/lib/disclosure/labels";
import { FindingList, type FindingPageContext } from "./finding-list";

/** 2 错误 · 1 警告 · 7 尾差, with 提示 only where there is one. */
function countLine(findings: Finding[]): string {
  const count = (s: Finding["severity"]) => findings.filter((f) => f.severity === s).length;
  const parts = (["error", "warning", "rounding"] as const).map((s) => `${count(s)} ${SEVERITY_LABELS[s]}`);
  if (count("info") > 0) parts.push(`${count("info")} ${SEVERITY_LABELS.info}`);
  return parts.join(" · ");
}

/**
 * The consistency report folded into one line that opens (no script needed); the rounding notes,
 * often most of it on a sound document, stay folded until asked for.
 */
export function ConsistencyReport({ findings, page }: { findings: Finding[]; page: FindingPageContext }) {
  const rounding = findings.filter((f) => f.severity === "rounding");
  const others = findings.filter((f) => f.severity !== "rounding");
  return (
    <section id="consistency" aria-label="数据一致性检查" className="mb-6 scroll-mt-4 rounded border border-stone-200 bg-white print:hidden">
      {findings.length === 0 ? (
        <p className="px-4 py-3">数据一致性检查：未发现不一致之处</p>
      ) : (
        <details>
          <summary className="cursor-pointer px-4 py-3 font-medium">
            数据一致性检查：<span data-testid="finding-counts">{countLine(findings)}</span>
          </summary>
          <div className="border-t border-stone-200 px-4 py-3">
            <p className="mb-2 text-sm text-stone-600">
              由平台按表内、表间及说明与表格的勾稽关系自动计算（规则 T1 科目层级、T2 行内运算、T3 合计行、X1 表间、N1 说明金额、N2 增减变动、P1 绩效目标、R1 必备表格；I1 为导入原文时见到但未能读取的内容），供阅读参考，以部门公开的文件为准。尾差是各数分别四舍五入后，合计与各项之和相差的零头，不是差错。
            </p>
            {others.length > 0 ? <FindingList findings={others} page={page} /> : <p className="text-sm text-stone-700">没有错误或警告。</p>}
            {rounding.length > 0 ? (
              <details className="mt-3">
                <summary className="cursor-pointer text-sm text-brand-700 underline">显示 {rounding.length} 条尾差</summary>
                <div className="mt-2">
                  <FindingList findings={rounding} page={page} />
                </div>
              </details>
            ) : null}
          </div>
        </details>
      )}
    </section>
  );
}
