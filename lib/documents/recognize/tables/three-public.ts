import type { DisclosureTable, TableRow, ValueColumn } from "@/lib/disclosure/schema";
import { looksLikeNumber } from "@/lib/money";
import { compact } from "../lines";
import type { Segment } from "../segment";
import { withNote } from "./classified";
import { isChangeColumn } from "./columns";
import { amountAt, tableError, type TableContext } from "./context";
import { buildGrid, cellAt, type Column, type Grid } from "./grid";

/** The “三公” item a header or row label names (“其中：公务用车购置费” is the purchase). */
export function threePublicItem(label: string, group = ""): ValueColumn | null {
  const text = compact(label).replace(/^其中[:：]?/, "");
  // 机关运行经费, often printed beside the “三公” in one table, is not one of them
  if (/机关运行/.test(text)) return null;
  if (/因公出国/.test(text)) return "outbound";
  if (/购置及运行|购置和运行/.test(text) || (text === "小计" && group.includes("公务用车"))) return "vehicleSubtotal";
  if (/购置/.test(text)) return "vehiclePurchase";
  if (/运行/.test(text)) return "vehicleOperation";
  if (/接待/.test(text)) return "reception";
  if (/^(合计|总计|小计)$/.test(text)) return "total";
  return null;
}

function keyOf(column: Column): ValueColumn | null {
  return threePublicItem(column.labels.at(-1) ?? "", column.labels.join("/"));
}

type Period = "prior" | "current";

/**
 * “三公”经费 table: one row per year printed (name "prior" / "current"). The year headings are merged
 * cells that text extraction often misplaces, so the columns are grouped by their repeating sequence
 * (合计, 因公出国…, 公务接待费) and the groups take the years in the order printed.
 */
export function parseThreePublicTable(segment: Segment, ctx: TableContext): DisclosureTable {
  const grid = buildGrid(segment, ctx);
  const groups: [Column, ValueColumn][][] = [];
  for (const column of grid.columns) {
    const key = isChangeColumn(column) ? null : keyOf(column);
    if (!key) continue;
    const group = groups.at(-1);
    if (group && !group.some(([, k]) => k === key)) group.push([column, key]);
    else groups.push([[column, key]]);
  }
  if (groups.length === 0) return parseTransposed(grid, segment, ctx);
  const kept = withoutApprovedBudget(groups, (group) => group[0]?.[0].labels[0] ?? "");
  const periods = periodsOf(kept.flat().map(([c]) => c), kept.length, ctx.year);

  const valueIndexes = new Set(groups.flat().map(([c]) => c.index));
  const isTotalLabel = (cell: string, index: number) => !valueIndexes.has(index) && /^(合计|总计)$/.test(compact(cell));
  const totalIndex = grid.rows.findIndex((r) => r.cells!.some(isTotalLabel));
  const withAmounts = grid.rows.filter((r) => r.cells!.some((c, k) => valueIndexes.has(k) && looksLikeNumber(c)));
  if (totalIndex < 0 && withAmounts.length > 1) {
    // one row per unit and no 合计: reading any one of them would misstate the department's figures
    throw tableError(ctx, `有 ${withAmounts.length} 行金额（如各单位分列）而没有“合计”行，无法确定部门的“三公”经费`);
  }
  const dataIndex = totalIndex >= 0 ? totalIndex : grid.rows.indexOf(withAmounts[0]!);
  const line = grid.rows[dataIndex];
  const rows: TableRow[] = kept.map((group, g) => {
    const period = periods[g]!;
    const row: TableRow = { name: period, values: {} };
    for (const [column, key] of group) {
      row.values[key] = line ? amountAt(ctx, line, dataIndex + 1, period === "prior" ? "上年" : "本年", column) : null;
    }
    return row;
  });
  if (new Set(periods).size !== periods.length) throw tableError(ctx, "表头中的年度无法对应到金额列");
  return withNote({ kind: "three_public", title: segment.title, rows }, segment);
}

/**
 * The “三公” table printed the other way round: one row per item (合计, 因公出国（境）费 …) and one
 * amount column per year.
 */
function parseTransposed(grid: Grid, segment: Segment, ctx: TableContext): DisclosureTable {
  const [label, ...rest] = grid.columns;
  const items = grid.rows.map((line) => [label ? threePublicItem(cellAt(line, label)) : null, line] as const);
  const yearly = rest.filter((c) => !isChangeColumn(c) && c.labels.some((l) => YEAR_AMOUNT.test(l)));
  const columns = withoutApprovedBudget(yearly, (column) => column.labels[0] ?? "");
  if (columns.length === 0 || !items.some(([item]) => item !== null && item !== "total")) {
    throw tableError(ctx, "表头中找不到“三公”经费的金额列");
  }
  const periods = periodsOf(columns, columns.length, ctx.year);
  if (new Set(periods).size !== periods.length) throw tableError(ctx, "表头中的年度无法对应到金额列");
  const rows: TableRow[] = columns.map((column, c) => {
    const period = periods[c]!;
    const row: TableRow = { name: period, values: Object.fromEntries(THREE_PUBLIC_ITEMS.map((k) => [k, null])) };
    items.forEach(([item, line], r) => {
      if (item) row.values[item] = amountAt(ctx, line, r + 1, cellAt(line, label!), column);
    });
    return row;
  });
  return withNote({ kind: "three_public", title: segment.title, rows }, segment);
}

/** The heading of a year's amount column: 2024年预算数, 上年预算数, 本年决算数, 预算数, 决算数. */
const YEAR_AMOUNT = /\d{4}年|上年|本年|预算|决算/;

const THREE_PUBLIC_ITEMS: ValueColumn[] = ["total", "outbound", "vehicleSubtotal", "vehiclePurchase", "vehicleOperation", "reception"];

/**
 * A 决算's “三公” table prints the 决算数 beside the 预算数 it was approved with. The format holds a
 * year's figures only, so the approved budget is left out rather than read as another year.
 */
function withoutApprovedBudget<T>(columns: T[], heading: (column: T) => string): T[] {
  const final = columns.filter((c) => /决算/.test(heading(c)));
  return final.length > 0 ? final : columns;
}

/** The period of each column group, from the years printed in the header left to right. */
function periodsOf(columns: Column[], groupCount: number, year: number): Period[] {
  const years: number[] = [];
  for (const column of columns) {
    for (const label of column.labels) {
      const printed = label.match(/(\d{4})年/);
      const value = printed ? Number(printed[1]) : /上年/.test(label) ? year - 1 : null;
      if (value !== null && years.at(-1) !== value && !years.includes(value)) years.push(value);
    }
  }
  if (years.length === groupCount) return years.map((y) => (y < year ? "prior" : "current"));
  if (groupCount === 2) return ["prior", "current"];
  return Array.from({ length: groupCount }, () => "current");
}
