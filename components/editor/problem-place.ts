import { INDICATOR_LABELS } from "@/lib/disclosure/labels";
import { SELF_EVALUATION_LABELS } from "@/lib/disclosure/labels";
import type { DisclosureDocument, DisclosureTable, SectionKey, TableRow } from "@/lib/disclosure/schema";
import { columnName, SECTION_LABELS, tableLabel } from "./labels";

const FIELDS: Record<string, string> = {
  district: "区县",
  department: "部门",
  year: "年度",
  kind: "类别",
  sourceUnit: "金额单位",
  name: "名称",
  phone: "联系电话",
  code: "编码",
  amount: "金额",
  category: "项目类别",
  functionCode: "功能分类科目",
  goal: "绩效目标",
  overview: "项目概述",
  basis: "立项依据",
  projectName: "项目名称",
  projectCode: "项目编码",
  ...INDICATOR_LABELS,
  title: "表名",
  note: "表注",
};

/**
 * Where in the document a refused field is, as the editor's screen names it: a zod path such
 * as `tables.3.rows.5.values.total` becomes 一般公共预算财政拨款支出表 · 第 6 行 · 总计.
 */
export function problemPlace(doc: DisclosureDocument, path: string): string {
  const parts = path.replace(/^doc\./, "").split(".");
  const out: string[] = [];
  let table: DisclosureTable | undefined;
  let row: TableRow | undefined;
  let evaluation = false;
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i]!;
    const next = parts[i + 1];
    const index = next !== undefined && /^\d+$/.test(next) ? Number(next) : undefined;
    if (part === "tables" && index !== undefined) {
      const named = doc.tables[index];
      table = named && named.kind !== "other" ? named : undefined;
      out.push(table ? tableLabel(table.kind) : `第 ${index + 1} 张表`);
      i++;
    } else if (part === "rows" && index !== undefined) {
      row = table?.rows[index];
      out.push(`第 ${index + 1} 行`);
      i++;
    } else if (part === "values" && next !== undefined) {
      out.push(table ? columnName(doc, table.kind, next, row?.side) : next);
      i++;
    } else if (part === "sections" && next !== undefined) {
      out.push(SECTION_LABELS[next as SectionKey] ?? "情况说明");
      i++;
    } else if (part === "projects" && index !== undefined) {
      out.push(parts[i - 1] === "performance" ? `第 ${index + 1} 个项目绩效目标` : `第 ${index + 1} 个项目`);
      i++;
    } else if (part === "selfEvaluations" && index !== undefined) {
      out.push(`绩效自评第 ${index + 1} 行`);
      evaluation = true;
      i++;
    } else if (part === "selfEvaluations") out.push("绩效自评");
    else if (evaluation && part in SELF_EVALUATION_LABELS) {
      out.push(SELF_EVALUATION_LABELS[part as keyof typeof SELF_EVALUATION_LABELS]);
    } else if (part === "indicators" && index !== undefined) {
      out.push(`第 ${index + 1} 个指标`);
      i++;
    } else if (part === "overall") out.push("部门整体绩效目标");
    else if (part === "contact") out.push("联系人");
    else if (FIELDS[part]) out.push(FIELDS[part]);
  }
  return out.join(" · ") || "文件";
}
