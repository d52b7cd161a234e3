import type { Finding, SourceUnit } from "@/lib/disclosure/schema";
import { formatAmount } from "./money";
import type { Gap } from "./tolerance";

export type Rule = Finding["rule"];
export type Severity = Finding["severity"];
export interface Where {
  table?: string;
  row?: string;
  column?: string;
}

export function finding(rule: Rule, severity: Severity, where: Where, message: string): Finding {
  const f: Finding = { rule, severity, message };
  if (where.table !== undefined) f.table = where.table;
  if (where.row !== undefined) f.row = where.row;
  if (where.column !== undefined) f.column = where.column;
  return f;
}

/** “…为 X，<parts> 为 Y，相差 Z，…” in the disclosure's unit, saying whether it is a rounding drift. */
export function gapMessage(subject: string, gap: Gap, partsLabel: string, unit: SourceUnit): string {
  const fmt = (v: Parameters<typeof formatAmount>[0]) => formatAmount(v, unit);
  const head = `${subject}为 ${fmt(gap.printed)}，${partsLabel}为 ${fmt(gap.sum)}，相差 ${fmt(gap.diff.abs())}`;
  if (gap.severity === "rounding") {
    return `${head}，在 ${gap.cells} 个单元格各自四舍五入的容差（±${fmt(gap.tolerance)}）以内，属尾差`;
  }
  return gap.cells > 0 && gap.printed !== null
    ? `${head}，超出 ${gap.cells} 个单元格各自四舍五入的容差（±${fmt(gap.tolerance)}）`
    : head;
}
