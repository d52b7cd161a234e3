import type { SourceUnit } from "@/lib/disclosure/schema";
import { compact, type Line } from "../lines";

export type FieldKey =
  | "projectName"
  | "projectCode"
  | "department"
  | "departmentName"
  | "departmentCode"
  | "category"
  | "amount"
  | "overview"
  | "basis"
  | "goal";

/** Labels of the key–value rows above a performance table's indicators; null marks a label read past. */
const LABELS: readonly (readonly [RegExp, FieldKey | null])[] = [
  [/^(项目名称|专项资金名称|专项名称|资金名称)$/, "projectName"],
  [/^项目(编码|代码|编号)$/, "projectCode"],
  [/^(部门|单位)(编码|代码)$/, "departmentCode"],
  [/^(业务)?主管(部门|单位)$/, "department"],
  [/^部门[（(]?单位[)）]?名称$|^部门名称$|^单位名称$|^预算单位$/, "departmentName"],
  [/^项目(分类|属性|类别|类型)$/, "category"],
  [/^(当年预算|当年预算数|资金总额|年度资金总额|项目资金|项目总额|预算金额|年度预算|项目预算)$/, "amount"],
  [/^(项目概述|项目概况|项目简介|项目内容)$/, "overview"],
  [/^立项依据$/, "basis"],
  [/(整体|当年|年度)?绩效目标$|^年度目标$/, "goal"],
  [/^(实施单位|预算执行率权重|本级安排|上级补助|其他资金|项目起始时间|项目终止时间|项目期限|实施期限|归口管理科室|部门支出预算(总额|数)|其中.*)$/, null],
];

const UNIT_SUFFIX = /[（(](万元|元)[)）]$/;

export interface Field {
  value: string;
  /** The unit the label states, e.g. 当年预算（万元）. */
  unit: SourceUnit | null;
  label: string;
  line: Line;
  cellIndex: number;
}

function labelOf(cell: string): { key: FieldKey | null; unit: SourceUnit | null } | undefined {
  const text = compact(cell);
  const unit = text.match(UNIT_SUFFIX)?.[1] as SourceUnit | undefined;
  const bare = text.replace(UNIT_SUFFIX, "");
  const match = LABELS.find(([pattern]) => pattern.test(bare));
  return match ? { key: match[1], unit: unit ?? null } : undefined;
}

/** The labelled values of key–value rows: the first filled cell after a label, up to the next label. */
export function readFields(rows: Line[]): Map<FieldKey, Field> {
  const fields = new Map<FieldKey, Field>();
  for (const line of rows) {
    const cells = line.cells!;
    cells.forEach((cell, index) => {
      const label = labelOf(cell);
      if (!label?.key || fields.has(label.key)) return;
      for (let k = index + 1; k < cells.length; k++) {
        const value = cells[k]!.trim();
        if (value === "") continue;
        if (labelOf(value)) break;
        fields.set(label.key, { value, unit: label.unit, label: cell.trim(), line, cellIndex: k });
        break;
      }
    });
  }
  return fields;
}

