import { rowColumns } from "@/lib/disclosure/canonical";
import { type ColumnHeading, columnHeading, type HeadingContext } from "@/lib/disclosure/column-headings";
import type { SectionKey, TableKind, TableRow } from "@/lib/disclosure/schema";

export { columnName, tableLabel } from "@/lib/rules/labels";

const SIDES = ["income", "expenditure"] as const;

/**
 * A column's heading over the editor's grid, which holds both halves of a 收支总表 as rows marked
 * 收/支: the heading of the half whose rows carry the column (2025年支出 · 合计), the one both
 * halves print (预算数) where both carry it, else the column's own.
 */
export function gridHeading({ context, kind, column, sided }: { context: HeadingContext; kind: TableKind; column: string; sided: boolean }): ColumnHeading {
  const own = columnHeading({ ...context, table: kind, column });
  if (!sided) return own;
  const halves = SIDES.filter((side) => (rowColumns(kind, side) as readonly string[]).includes(column)).map((side) => columnHeading({ ...context, table: kind, column, side }));
  const [first] = halves;
  if (halves.length === 1) return first!;
  return first && halves.every((h) => h.heading === first.heading) ? { group: null, heading: first.heading } : own;
}

export const SECTION_LABELS: Record<SectionKey, string> = {
  functions: "职能职责",
  structure: "单位构成",
  overview: "部门收支总体情况",
  budgetNotes: "部门预算情况说明",
  threePublicNotes: "“三公”经费情况说明",
  otherNotes: "其他重要事项的情况说明",
  glossary: "专业性名词解释",
  fiscalNotes: "财政拨款支出决算情况说明",
  operatingNotes: "机关运行经费支出情况说明",
  procurementNotes: "政府采购支出情况说明",
  assetsNotes: "国有资产占用情况说明",
  performanceNotes: "预算绩效情况说明",
};

const ROW_NAMES: Partial<Record<TableKind, Record<string, string>>> = {
  three_public: { prior: "上年预算", current: "本年预算" },
  final_three_public: { budget: "预算数", final: "决算数" },
};

/** How a row is named on screen: 合计 for the total row, the 三公 rows by their meaning. */
export function rowDisplayName(kind: TableKind, row: TableRow): string {
  const names = ROW_NAMES[kind];
  if (names && row.name && Object.hasOwn(names, row.name)) return names[row.name]!;
  return row.name ?? "";
}

export function rowDisplayCode(row: TableRow): string {
  return row.code === "total" ? "合计" : (row.code ?? "");
}

/** A row as a person names it: “2010301 行政运行”, “合计”. */
export function rowTitle(kind: TableKind, row: TableRow): string {
  if (row.code === "total") return "合计";
  return [row.code, rowDisplayName(kind, row)].filter(Boolean).join(" ");
}
