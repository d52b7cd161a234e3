import type { DisclosureTable, TableRow, ValueColumn } from "@/lib/disclosure/schema";
import { compact, type Line } from "../lines";
import type { Segment } from "../segment";
import { withNote } from "./classified";
import { isChangeColumn, isNumberingColumn, matchColumn, periodOf, type Matchers } from "./columns";
import { amountAt, tableError, unplacedRow, type TableContext } from "./context";
import { buildGrid, cellAt, type Column } from "./grid";

/** Summary tables printed as two sides: income on the left, expenditure on the right. */
export type TwoSidedKind = "income_expenditure_summary" | "fiscal_summary" | "final_income_expenditure_summary" | "final_fiscal_summary";

const ORDINAL = /^(?:[一二三四五六七八九十]+、|[（(]\s*[一二三四五六七八九十]+\s*[)）])\s*/;
const SIDE_TOTAL = /^(收入|支出)?(合计|总计)$/;
const FISCAL_EXPENDITURE: Matchers = [
  [/一般公共预算/, "generalBudget"],
  [/政府性基金/, "govFund"],
  [/国有资本/, "stateCapital"],
  [/^(合计|总计|小计|预算数|决算数|金额)$|^\d{4}年(预算数|支出)$/, "total"],
];

interface Side {
  side: "income" | "expenditure";
  name: Column;
  values: [Column, ValueColumn][];
}

export function parseTwoSidedTable(kind: TwoSidedKind, segment: Segment, ctx: TableContext): DisclosureTable {
  const grid = buildGrid(segment, ctx);
  const sides = splitSides(kind, grid.columns, ctx);
  const rows: TableRow[] = [];
  grid.rows.forEach((line, i) => {
    for (const side of sides) {
      const row = readSide(side, line, i + 1, ctx);
      if (row) rows.push(row);
    }
  });
  // the income side first, as printed top to bottom, then the expenditure side
  rows.sort((a, b) => (a.side === b.side ? 0 : a.side === "income" ? -1 : 1));
  return withNote({ kind, title: segment.title, rows }, segment);
}

function splitSides(kind: TwoSidedKind, columns: Column[], ctx: TableContext): Side[] {
  const start =
    columns.find((c) => c.index > 0 && c.labels.some((l) => l.includes("支出")))?.index ??
    columns.find((c) => c.index > 0 && /^(项目|科目)/.test(c.labels.at(-1) ?? ""))?.index;
  if (start === undefined || columns.length < 4) throw tableError(ctx, "表头中分不出收入和支出两栏");
  const sideOf = (from: number, to: number, side: Side["side"]): Side => {
    const [name, ...rest] = columns.filter((c) => c.index >= from && c.index < to);
    if (!name) throw tableError(ctx, "表头中分不出收入和支出两栏");
    const candidates = rest.filter((c) => !isChangeColumn(c) && !isNumberingColumn(c) && periodOf(c, ctx.year) !== "prior");
    if (side === "expenditure" && (kind === "fiscal_summary" || kind === "final_fiscal_summary")) {
      const values: [Column, ValueColumn][] = [];
      for (const column of candidates) {
        const key = matchColumn(column, FISCAL_EXPENDITURE);
        if (key && !values.some(([, k]) => k === key)) values.push([column, key]);
      }
      return { side, name, values };
    }
    const amount = candidates[0];
    // the format keeps a 决算's 财政拨款 income in its total column (DESIGN §4)
    return { side, name, values: amount ? [[amount, kind === "final_fiscal_summary" ? "total" : "amount"]] : [] };
  };
  return [sideOf(0, start, "income"), sideOf(start, Infinity, "expenditure")];
}

function readSide(side: Side, line: Line, rowNumber: number, ctx: TableContext): TableRow | null {
  const printed = cellAt(line, side.name).trim();
  const name = printed.replace(ORDINAL, "").trim();
  const filled = side.values.some(([c]) => cellAt(line, c).trim() !== "");
  if (name === "") {
    if (filled) unplacedRow(ctx, line, rowNumber, `${side.side === "income" ? "收入" : "支出"}栏有金额却没有项目名称`);
    return null;
  }
  const row: TableRow = { side: side.side, name, values: {} };
  if (SIDE_TOTAL.test(compact(name))) row.code = "total";
  for (const [column, key] of side.values) row.values[key] = amountAt(ctx, line, rowNumber, name, column);
  return row;
}
