import type { ValueColumn } from "@/lib/disclosure/schema";
import type { Column } from "./grid";

/** Year-over-year change columns (增幅%, 比上年增减…) are not in the format: never read them as amounts. */
export function isChangeColumn(column: Column): boolean {
  return column.labels.some((l) => /增|减|幅|%|％|比上年|变动|差额|同比/.test(l));
}

/** A 行次 / 栏次 / 序号 column numbers the rows: never an amount. */
export function isNumberingColumn(column: Column): boolean {
  return column.labels.some((l) => /^(行次|栏次|序号)$/.test(l));
}

/** Whether a column holds the prior or the current year's figures, by its header; null when it does not say. */
export function periodOf(column: Column, year: number): "prior" | "current" | null {
  for (const label of column.labels) {
    const printedYear = label.match(/(\d{4})年/);
    if (printedYear) return Number(printedYear[1]) < year ? "prior" : "current";
    if (/上年|上一年|去年/.test(label)) return "prior";
    if (/本年|当年|今年/.test(label)) return "current";
  }
  return null;
}

export type Matchers = readonly (readonly [RegExp, ValueColumn])[];

/** The value column a header names, tried innermost label first. */
export function matchColumn(column: Column, matchers: Matchers): ValueColumn | null {
  const labels = [...column.labels].reverse();
  // a 小计 under 基本支出 is the 基本支出 column, not the table's total
  if (labels[0] === "小计" && labels.length > 1) labels.shift();
  for (const label of labels) {
    for (const [pattern, key] of matchers) if (pattern.test(label)) return key;
  }
  return null;
}

export function isCodeColumn(column: Column): boolean {
  const leaf = column.labels.at(-1) ?? "";
  return /^[类款项]$/.test(leaf) || column.labels.some((l) => /编码|代码/.test(l) && !/名称/.test(l));
}

export function isNameColumn(column: Column): boolean {
  const leaf = column.labels.at(-1) ?? "";
  return /名称/.test(leaf) || /^(科目|项目|支出科目|收入项目|支出项目|功能分类科目|经济分类科目)$/.test(leaf);
}
