import type { DisclosureTable, TableKind, TableRow, ValueColumn } from "@/lib/disclosure/schema";
import { compact, type Line } from "../lines";
import type { Segment } from "../segment";
import { isChangeColumn, isCodeColumn, isNameColumn, isNumberingColumn, matchColumn, periodOf, type Matchers } from "./columns";
import { amountAt, tableError, unplacedRow, type TableContext } from "./context";
import { codeInName, printedCode } from "./codes";
import { buildGrid, cellAt, type Column } from "./grid";

/** Classified tables: rows keyed by a function or economic classification code. */
export type ClassifiedKind = Exclude<
  TableKind,
  "income_expenditure_summary" | "fiscal_summary" | "three_public" | "procurement" | "final_income_expenditure_summary" | "final_fiscal_summary" | "final_three_public"
>;

const TOTAL = /^(合计|总计)$/;
const TOTAL_COLUMN = /^(总计|合计|小计|金额)$|^(\d{4}年|本年|当年)?(预算数|预算|决算数|决算|基本支出)$/;
const EXPENDITURE: Matchers = [
  [/基本支出/, "basic"],
  [/项目支出/, "project"],
  [TOTAL_COLUMN, "total"],
  [/^(本年|当年)?支出(合计|总计)?$/, "total"],
];

/** 决算 columns: 年初预算数 and 调整预算数 beside the 决算数 (DESIGN §4, docs/format.md). */
const BUDGETED: Matchers = [
  [/年初预算/, "budgetInitial"],
  [/调整预算|全年预算/, "budgetAdjusted"],
];
const FINAL_EXPENDITURE: Matchers = [
  ...BUDGETED,
  [/上缴上级/, "superiorPayment"],
  [/经营支出/, "businessOperation"],
  [/对附属单位补助/, "affiliatedSubsidy"],
  ...EXPENDITURE,
];
const FINAL_FUND: Matchers = [
  [/年初结转/, "carryoverStart"],
  [/年末结转/, "carryoverEnd"],
  [/^本年收入/, "income"],
  ...EXPENDITURE,
];

const MATCHERS: Record<ClassifiedKind, Matchers> = {
  final_income: [
    [/财政拨款/, "fiscal"],
    [/上级补助/, "superiorSubsidy"],
    [/事业收入/, "business"],
    [/经营收入/, "businessOperation"],
    [/附属单位/, "affiliated"],
    [/其他收入/, "other"],
    [TOTAL_COLUMN, "total"],
    [/^(本年)?收入(合计|总计)$/, "total"],
  ],
  final_expenditure: FINAL_EXPENDITURE,
  final_general_budget_function: FINAL_EXPENDITURE,
  final_basic_economic: [
    [/人员经费/, "personnel"],
    [/公用经费/, "publicUse"],
    [/^(决算数|金额|合计)$/, "amount"],
  ],
  final_gov_fund: FINAL_FUND,
  final_state_capital: FINAL_FUND,
  general_budget_function: EXPENDITURE,
  expenditure_summary: EXPENDITURE,
  gov_fund: EXPENDITURE,
  state_capital: EXPENDITURE,
  basic_economic: [
    [/人员经费/, "personnel"],
    [/公用经费/, "publicUse"],
    [TOTAL_COLUMN, "total"],
  ],
  basic_gov_economic: [[TOTAL_COLUMN, "total"]],
  project_economic: [[TOTAL_COLUMN, "total"]],
  project_gov_economic: [[TOTAL_COLUMN, "total"]],
  income_summary: [
    [/上年结转|结转结余/, "carryover"],
    [/事业单位经营/, "businessOperation"],
    [/财政专户/, "fiscalSpecial"],
    [/一般公共预算/, "generalBudget"],
    [/政府性基金/, "govFund"],
    [/国有资本/, "stateCapital"],
    [/上级补助/, "superiorSubsidy"],
    [/附属单位/, "affiliated"],
    [/事业收入/, "business"],
    [/其他收入/, "other"],
    // a 决算's 财政拨款收入 lumps the three appropriations together: parse.ts refuses it when the others are not nil
    [/^财政拨款(收入)?$/, "generalBudget"],
    [/^经营收入$/, "businessOperation"],
    [TOTAL_COLUMN, "total"],
    [/^(本年|当年)?收入(合计|总计)$/, "total"],
  ],
};

interface Layout {
  codeColumns: Column[];
  nameColumn: Column | null;
  values: [Column, ValueColumn][];
}

function layout(kind: ClassifiedKind, columns: Column[], ctx: TableContext): Layout {
  const codeColumns = columns.filter(isCodeColumn);
  const nameColumn = columns.find((c) => !codeColumns.includes(c) && isNameColumn(c)) ?? null;
  const labelled = new Set([...codeColumns, ...(nameColumn ? [nameColumn] : [])]);
  if (labelled.size === 0) throw tableError(ctx, "表头中找不到“科目编码”或“科目名称”列");
  const values: [Column, ValueColumn][] = [];
  const taken = new Set<ValueColumn>();
  const candidates = columns.filter(
    (c) => !labelled.has(c) && !isChangeColumn(c) && !isNumberingColumn(c) && c.index > Math.max(...[...labelled].map((l) => l.index)),
  );
  for (const column of candidates) {
    const period = periodOf(column, ctx.year);
    let key = matchColumn(column, MATCHERS[kind]);
    // last year's figure is its total, however headed (2024年预算数, 上年预算数, 上年决算数)
    if (kind === "general_budget_function" && period === "prior") key = key === "basic" || key === "project" ? null : "prior";
    else if (period === "prior" && key !== "carryover") key = null;
    if (key && !taken.has(key)) {
      taken.add(key);
      values.push([column, key]);
    }
  }
  // a table with one amount column under an unusual heading (e.g. 2025年预算数) holds the total
  if (values.length === 0 && MATCHERS[kind].length === 1) {
    const only = candidates.filter((c) => periodOf(c, ctx.year) !== "prior");
    if (only.length === 1) values.push([only[0]!, "total"]);
  }
  if (values.length === 0) throw tableError(ctx, "表头中找不到任何金额列");
  return { codeColumns, nameColumn, values };
}

/**
 * A table printed as panels side by side (a 基本支出表 with 人员经费 on the left and 公用经费 on the
 * right, each with its own codes) splits where a second group of code columns begins.
 */
function panels(columns: Column[]): Column[][] {
  const codeColumns = columns.filter(isCodeColumn);
  const starts = codeColumns.filter((c, k) => k === 0 || c.index !== codeColumns[k - 1]!.index + 1).map((c) => c.index);
  if (starts.length < 2) return [columns];
  return starts.map((start, k) => columns.filter((c) => c.index >= (k === 0 ? 0 : start) && c.index < (starts[k + 1] ?? Infinity)));
}

export function parseClassifiedTable(kind: ClassifiedKind, segment: Segment, ctx: TableContext): DisclosureTable {
  const grid = buildGrid(segment, ctx);
  const rows = panels(grid.columns).flatMap((columns) => readRows(grid.rows, layout(kind, columns, ctx), ctx));
  return withNote({ kind, title: segment.title, rows }, segment);
}

function readRows(lines: Line[], { codeColumns, nameColumn, values }: Layout, ctx: TableContext): TableRow[] {
  const rows: TableRow[] = [];
  let parents: string[] = [];
  lines.forEach((line, i) => {
    const rowNumber = i + 1;
    let codeCells = codeColumns.map((c) => printedCode(cellAt(line, c)));
    let printedName = nameColumn ? cellAt(line, nameColumn).trim() : "";
    // a label merged over the code and name cells (人员经费合计) stands in the code column
    const codeText = codeCells.join("");
    if (printedName === "" && codeText !== "" && !/\d/.test(codeText) && !TOTAL.test(codeText)) {
      printedName = codeColumns.map((c) => cellAt(line, c).trim()).join("");
      codeCells = codeCells.map(() => "");
    }
    const embedded = codeCells.every((c) => c === "") ? codeInName(printedName) : null;
    if (embedded) {
      codeCells = [embedded.code];
      printedName = embedded.name;
    }
    const totalLabel = [...codeCells, compact(printedName)].find((c) => TOTAL.test(c));
    const isTotal = totalLabel !== undefined;
    // the 合计 row is named as printed, whether in the code or the name column
    const name = printedName || (totalLabel ?? "");
    const hasValues = values.some(([c]) => cellAt(line, c).trim() !== "");

    let code: string | undefined;
    if (isTotal) code = "total";
    else if (codeCells.some((c) => c !== "")) {
      if (codeCells.length >= 2 && !embedded) {
        // codes split as 类 / 款 / 项 columns: a row may leave out the parts it shares with the row above
        const filledTo = codeCells.reduce((last, c, k) => (c !== "" ? k : last), -1);
        const parts = codeCells.slice(0, filledTo + 1).map((c, k) => c || parents[k] || "");
        parents = parts;
        code = parts.join("");
      } else code = codeCells[0];
      if (!/^\d{3,10}$/.test(code!)) {
        unplacedRow(ctx, line, rowNumber, `“${codeCells.filter(Boolean).join(" ")}”不是科目编码`);
        return;
      }
    }

    if (code === undefined && name === "" && !hasValues) return;
    if (code === undefined && name === "") {
      unplacedRow(ctx, line, rowNumber, "有金额却没有科目编码和名称");
      return;
    }
    const previous = rows.at(-1);
    if (code === undefined && !hasValues && previous && previous.code !== "total" && previous.name !== undefined) {
      // a long name wrapped onto the next line by the PDF extraction
      previous.name += name;
      return;
    }
    const label = [code === "total" ? "" : code, name].filter(Boolean).join(" ");
    const row: TableRow = { values: {} };
    if (code !== undefined) row.code = code;
    if (name !== "") row.name = name;
    for (const [column, key] of values) row.values[key] = amountAt(ctx, line, rowNumber, label, column);
    rows.push(row);
  });
  return rows;
}

export function withNote(table: DisclosureTable, segment: Segment): DisclosureTable {
  return segment.notes.length > 0 ? { ...table, note: segment.notes.join("\n") } : table;
}
