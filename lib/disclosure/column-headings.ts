import { rowName, TABLE_LABELS, tableColumnLabel } from "./labels";
import type { DisclosureKind, DisclosureTable, TableKind, TableRow, ValueColumn } from "./schema";

/** What a heading depends on besides the table: the document's year and whether it is a 预算 or a 决算. */
export type HeadingContext = { year: number; kind: DisclosureKind };

/**
 * A column's heading as the documents print it: `heading` over the column itself, `group` over a
 * run of columns above it (2025年预算数 over 总计 | 基本支出 | 项目支出), null where the column
 * stands alone.
 */
export type ColumnHeading = { group: string | null; heading: string };

export type ColumnHeadingArgs = HeadingContext & { table: TableKind; column: string; side?: TableRow["side"] };

const SIDES = { income: "收入", expenditure: "支出" } as const;

/** 收入 or 支出: the half of a 收支总表 a row stands in. */
export const sideLabel = (side: NonNullable<TableRow["side"]>): string => SIDES[side];

/** The tables whose current-year amount columns the documents group under “{year}年预算数”. */
const BUDGET_GROUPED = new Set<TableKind>(["general_budget_function", "gov_fund", "state_capital"]);

/**
 * The heading a column is printed under in a table of this kind, for a document of this year and
 * kind. What the year does not change comes from labels.ts (tableColumnLabel); this adds the year
 * the budget documents print: 上年数 is “2024年预算数” in a 2025 budget, the current-year columns
 * sit under “2025年预算数” (基本支出表: “2025年基本支出”), and each half of a 收支总表 under
 * “2025年收入” / “2025年支出” with its amount as 预算数.
 */
export function columnHeading({ table, column, side, year, kind }: ColumnHeadingArgs): ColumnHeading {
  const label = tableColumnLabel(table, column);
  // the “三公” tables print their first column as 合计, where the other tables' reads 总计
  if ((table === "three_public" || table === "final_three_public") && column === "total") return { group: null, heading: "合计" };
  if (kind !== "budget") return finalHeading(table, column, side, label);
  if (column === "prior") return { group: null, heading: `${year - 1}年预算数` };
  if (BUDGET_GROUPED.has(table)) return { group: `${year}年预算数`, heading: label };
  if (table === "basic_economic" || table === "basic_gov_economic") return { group: `${year}年基本支出`, heading: label };
  if (table === "three_public" && (column === "vehicleSubtotal" || column === "vehiclePurchase" || column === "vehicleOperation")) {
    return { group: "公务用车购置及运行费", heading: column === "vehicleSubtotal" ? "小计" : label };
  }
  if ((table === "income_expenditure_summary" || table === "fiscal_summary") && side) {
    const heading = column === "amount" ? "预算数" : column === "total" ? "合计" : label;
    return { group: `${year}年${sideLabel(side)}`, heading };
  }
  return { group: null, heading: label };
}

/** The 决算 tables whose 本年支出 columns the documents group (dazu-tyjrswj-2024-final: 本年支出 over 合计 | 基本支出 | 项目支出). */
const SPENT_GROUPED = new Set<TableKind>(["final_general_budget_function", "final_gov_fund", "final_state_capital"]);
const SPENT_COLUMNS = new Set(["total", "basic", "project"]);
const VEHICLE_HEADINGS: Partial<Record<string, string>> = { vehicleSubtotal: "小计", vehiclePurchase: "公务用车购置费", vehicleOperation: "公务用车运行费" };

/**
 * A 决算 column as the 决算 forms print it: 本年支出 over 合计 | 基本支出 | 项目支出 (政府性基金: 小计)
 * beside 年初预算数 or 年初结转和结余 standing alone; 决算数 over 合计 | 人员经费 | 公用经费 in the
 * 基本支出决算表; 公务用车购置及运行费 over 小计 | 公务用车购置费 | 公务用车运行费 in the “三公” 决算表;
 * 合计 on the 支出 half of the 财政拨款收入支出决算总表, whose 收入 half reads 决算数.
 */
function finalHeading(table: TableKind, column: string, side: TableRow["side"], label: string): ColumnHeading {
  if (SPENT_GROUPED.has(table) && SPENT_COLUMNS.has(column)) {
    return { group: "本年支出", heading: column === "total" ? (table === "final_gov_fund" ? "小计" : "合计") : label };
  }
  if (table === "final_basic_economic") return { group: "决算数", heading: column === "amount" ? "合计" : label };
  if (table === "final_three_public" && VEHICLE_HEADINGS[column]) return { group: "公务用车购置及运行费", heading: VEHICLE_HEADINGS[column]! };
  if (table === "final_fiscal_summary" && side === "expenditure" && column === "total") return { group: null, heading: "合计" };
  return { group: null, heading: label };
}

/** The columns a 决算 prints before its 决算数 (年初预算数, 调整预算数), where the format keeps them after. */
const PRINTED_FIRST = new Set<string>(["budgetInitial", "budgetAdjusted"]);

/**
 * A table's value columns in the order the document prints them, for the page: the format's order,
 * but a 决算's 年初预算数 and 调整预算数 before its 决算数, and those two left out where no row fills
 * them (most 决算 forms do not print them).
 */
export function printedColumns(columns: readonly ValueColumn[], rows: readonly Pick<TableRow, "values">[]): ValueColumn[] {
  const filled = (c: ValueColumn) => rows.some((r) => ((r.values as Partial<Record<ValueColumn, string | null>>)[c] ?? null) !== null);
  const first = columns.filter((c) => PRINTED_FIRST.has(c) && filled(c));
  return [...first, ...columns.filter((c) => !PRINTED_FIRST.has(c))];
}

/**
 * A table's title on the page: a 决算 table's as its document prints it (财政拨款“三公”经费支出决算表,
 * 国有资本经营预算财政拨款收入支出决算表 …: the forms vary), else — and for a budget, whose pages name
 * the tables alike across departments — the kind's label.
 */
export function printedTitle(table: Pick<DisclosureTable, "kind" | "title">): string {
  const printed = table.title.trim();
  return table.kind.startsWith("final_") && printed ? printed : TABLE_LABELS[table.kind];
}

/** A column's heading on one line, for a list or a CSV: “2025年预算数·基本支出”, “2024年预算数”. */
export function columnHeadingText(args: ColumnHeadingArgs): string {
  const { group, heading } = columnHeading(args);
  return group ? `${group}·${heading}` : heading;
}

/**
 * A row's label as the document prints it, where its stored key is not a name: a 合计 row reads
 * its printed name (收入合计 / 支出合计 by side where it has none, else 合计); the 三公 table's rows
 * read “上年（2024年预算数）” / “本年（2025年预算数）” in a budget, “2024年预算数” / “2024年决算数”
 * in a 决算; any other row its name.
 */
export function rowLabel({ table, row, year, kind }: HeadingContext & { table: TableKind; row: Pick<TableRow, "code" | "name" | "side"> }): string {
  if (row.code === "total") return row.name || (row.side ? `${sideLabel(row.side)}合计` : "合计");
  if (table === "three_public" && kind === "budget") {
    if (row.name === "current") return `本年（${year}年预算数）`;
    if (row.name === "prior") return `上年（${year - 1}年预算数）`;
  }
  if (table === "final_three_public") {
    if (row.name === "budget") return `${year}年预算数`;
    if (row.name === "final") return `${year}年决算数`;
  }
  return rowName(row);
}
