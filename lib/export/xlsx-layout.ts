import { columnHeading, type HeadingContext, printedColumns, sideLabel } from "@/lib/disclosure/column-headings";
import { rowColumns } from "@/lib/disclosure/canonical";
import { INDICATOR_LABELS, SELF_EVALUATION_LABELS } from "@/lib/disclosure/labels";
import { type DisclosureTable, type Indicator, type SelfEvaluation, TABLE_COLUMNS, type TableKind, type TableRow, type ValueColumn } from "@/lib/disclosure/schema";

/**
 * The layout of the portal's XLSX export, shared by the writer and the importer that reads it
 * back. Each table's sheet is laid out as printed: its title (row 1), 单位 (row 2), two header
 * rows (3–4: the heading over a run of columns, then each column's own, merged down where a
 * column stands alone), the rows from row 5, a blank row and the 备注. A 合计 row is set in bold:
 * that, not a code, is how it reads back as the total. Sheet 说明 holds identity and narrative,
 * 项目 the projects, 绩效目标 and 绩效指标 the performance targets, 绩效自评 a 决算's self-evaluations.
 */
export const META_SHEET = "说明";
/** The workbook's author, by which the importer knows the portal's own export. */
export const EXPORT_CREATOR = "重庆市区县部门预算公开平台";
export const PROJECTS_SHEET = "项目";
export const TARGETS_SHEET = "绩效目标";
export const INDICATORS_SHEET = "绩效指标";
export const SELF_EVALUATIONS_SHEET = "绩效自评";
export const TITLE_ROW = 1;
export const UNIT_ROW = 2;
export const GROUP_ROW = 3;
export const HEADING_ROW = 4;
export const FIRST_DATA_ROW = 5;
export const NOTE_PREFIX = "备注：";
export const UNIT_PREFIX = "单位：";

/** The identity rows of 说明, by their label. */
export const META_FIELDS = [
  ["format", "格式"],
  ["districtCode", "区县代码"],
  ["district", "区县"],
  ["departmentCode", "部门编码"],
  ["departmentName", "部门名称"],
  ["year", "年度"],
  ["kind", "类型"],
  ["sourceUnit", "金额单位"],
  ["contactName", "联系人"],
  ["contactPhone", "联系方式"],
] as const;

export const PROJECT_HEADINGS = (unit: string) => ["项目编码", "项目名称", `项目金额（${unit}）`, "项目分类", "功能科目编码"];
export const TARGET_HEADINGS = (unit: string) => ["绩效目标表", "项目编码", "项目名称", `项目金额（${unit}）`, "项目概述", "立项依据", "绩效目标"];
export const INDICATOR_FIELDS = Object.keys(INDICATOR_LABELS) as (keyof Indicator)[];
export const INDICATOR_HEADINGS = ["绩效目标表", ...Object.values(INDICATOR_LABELS)];
/** The columns of 绩效自评 in their order; the amounts' headings name the unit (年初预算数（万元）). */
export const SELF_EVALUATION_FIELDS = ["projectCode", "projectName", "budget", "actual", "score", "grade", "gaps"] as const satisfies readonly (keyof SelfEvaluation)[];
export const SELF_EVALUATION_HEADINGS = (unit: string) =>
  SELF_EVALUATION_FIELDS.map((f) => (f === "budget" || f === "actual" ? `${SELF_EVALUATION_LABELS[f]}（${unit}）` : SELF_EVALUATION_LABELS[f]));

/** How the 绩效目标 and 绩效指标 sheets name a target: the department's, or the n-th project's. */
export const OVERALL_TARGET = "部门整体支出绩效目标";
export const projectTargetName = (n: number) => `项目支出绩效目标${n}`;

const KEY_HEADINGS = { code: "科目编码", name: "科目名称", item: "项目", side: "收支" } as const;

/** One column of a table's sheet: which field it holds (of which half of a 收支总表), under which headings. */
export type SheetColumn = {
  field: "code" | "name" | "side" | ValueColumn;
  side?: NonNullable<TableRow["side"]>;
  group: string | null;
  heading: string;
};

const SIDED = new Set<TableKind>(["income_expenditure_summary", "fiscal_summary", "final_income_expenditure_summary", "final_fiscal_summary"]);
const CLASSIFICATION: Partial<Record<TableKind, string>> = {
  general_budget_function: "功能分类科目",
  basic_economic: "经济分类科目",
  basic_gov_economic: "经济分类科目",
};
const SIDES = ["income", "expenditure"] as const;

/** The heading over a half of a 收支总表: 2025年收入 in a budget (as printed), else 收入. */
const halfHeading = (side: NonNullable<TableRow["side"]>, ctx: HeadingContext) => (ctx.kind === "budget" ? `${ctx.year}年${sideLabel(side)}` : sideLabel(side));

/** A table is printed 收入 | 支出 side by side when every row stands in one half. */
export const isSideBySide = (kind: TableKind, rows: readonly TableRow[]) => SIDED.has(kind) && rows.length > 0 && rows.every((r) => r.side);

function keyColumns(rows: readonly TableRow[], group: string | null, side?: SheetColumn["side"]): SheetColumn[] {
  const coded = rows.some((r) => r.code && r.code !== "total");
  const name = { field: "name", side, group, heading: coded ? KEY_HEADINGS.name : KEY_HEADINGS.item } as const;
  return coded ? [{ field: "code", side, group, heading: KEY_HEADINGS.code }, name] : [name];
}

/**
 * The value columns the rows fill or the kind prints for them, in the order the page prints them (a 决算's
 * 年初预算数 first, where filled): the sheet's and the CSV's.
 */
export function valueColumns(kind: TableKind, rows: readonly TableRow[]): ValueColumn[] {
  const used = new Set<string>(rows.flatMap((r) => [...rowColumns(kind, r.side), ...Object.keys(r.values)]));
  return printedColumns((TABLE_COLUMNS[kind] as readonly ValueColumn[]).filter((c) => used.has(c)), rows);
}

/** The columns of a table's sheet, as the writer lays them out. */
export function sheetColumns(table: DisclosureTable, ctx: HeadingContext): SheetColumn[] {
  const kind = table.kind;
  if (isSideBySide(kind, table.rows)) {
    return SIDES.flatMap((side) => {
      const rows = table.rows.filter((r) => r.side === side);
      if (rows.length === 0) return [];
      const group = halfHeading(side, ctx);
      const values = valueColumns(kind, rows).map((field) => ({ field, side, group, heading: columnHeading({ ...ctx, table: kind, column: field, side }).heading }));
      return [...keyColumns(rows, group, side), ...values];
    });
  }
  const sides: SheetColumn[] = table.rows.some((r) => r.side) ? [{ field: "side", group: null, heading: KEY_HEADINGS.side }] : [];
  const values = valueColumns(kind, table.rows).map((field) => ({ field, ...columnHeading({ ...ctx, table: kind, column: field }) }));
  return [...sides, ...keyColumns(table.rows, CLASSIFICATION[kind] ?? null), ...values];
}

/**
 * The field a sheet's column holds, from its two header cells (a column standing alone has the same
 * text in both: merged); undefined when no column of this kind is printed so.
 */
export function columnOf(kind: TableKind, ctx: HeadingContext, group: string | null, heading: string): SheetColumn | undefined {
  const side = SIDED.has(kind) ? SIDES.find((s) => halfHeading(s, ctx) === group) : undefined;
  const ownGroup = group === heading ? null : group;
  if (heading === KEY_HEADINGS.code) return { field: "code", side, group, heading };
  if (heading === KEY_HEADINGS.name || heading === KEY_HEADINGS.item) return { field: "name", side, group, heading };
  if (heading === KEY_HEADINGS.side && !ownGroup) return { field: "side", group: null, heading };
  const field = (TABLE_COLUMNS[kind] as readonly ValueColumn[]).find((column) => {
    const printed = columnHeading({ ...ctx, table: kind, column, side });
    return printed.heading === heading && (side !== undefined || printed.group === ownGroup);
  });
  return field ? { field, side, group, heading } : undefined;
}

export const SIDE_VALUES = { 收入: "income", 支出: "expenditure" } as const;

/** How wide a cell's text is in Excel's character widths: a CJK or full-width character counts 2. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u.test(ch) ? 2 : 1;
  return width;
}
