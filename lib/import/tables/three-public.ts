import type { DisclosureTable, TableRow, ValueColumn } from "@/lib/disclosure/schema";
import { looksLikeNumber } from "@/lib/money";
import { compact } from "../lines";
import type { Segment } from "../segment";
import { withNote } from "./classified";
import { isChangeColumn } from "./columns";
import { amountAt, tableError, type TableContext } from "./context";
import { buildGrid, type Column } from "./grid";

function keyOf(column: Column): ValueColumn | null {
  const leaf = column.labels.at(-1) ?? "";
  const group = column.labels.join("/");
  if (/因公出国/.test(leaf)) return "outbound";
  if (/购置及运行|购置和运行/.test(leaf) || (leaf === "小计" && group.includes("公务用车"))) return "vehicleSubtotal";
  if (/购置/.test(leaf)) return "vehiclePurchase";
  if (/运行/.test(leaf)) return "vehicleOperation";
  if (/接待/.test(leaf)) return "reception";
  if (/^(合计|总计|小计)$/.test(leaf)) return "total";
  return null;
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
  if (groups.length === 0) throw tableError(ctx, "表头中找不到“三公”经费的金额列");
  const kept = withoutApprovedBudget(groups);
  const periods = periodsOf(kept.flat().map(([c]) => c), kept.length, ctx.year);

  const valueIndexes = new Set(groups.flat().map(([c]) => c.index));
  const isTotalLabel = (cell: string, index: number) => !valueIndexes.has(index) && /^(合计|总计)$/.test(compact(cell));
  const totalIndex = grid.rows.findIndex((r) => r.cells!.some(isTotalLabel));
  const dataIndex =
    totalIndex >= 0 ? totalIndex : grid.rows.findIndex((r) => r.cells!.some((c, k) => valueIndexes.has(k) && looksLikeNumber(c)));
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
 * A 决算's “三公” table prints the 决算数 beside the 预算数 it was approved with. The format holds a
 * year's figures only, so the approved budget is left out rather than read as another year.
 */
function withoutApprovedBudget(groups: [Column, ValueColumn][][]): [Column, ValueColumn][][] {
  const heading = (group: [Column, ValueColumn][]) => group[0]?.[0].labels[0] ?? "";
  const final = groups.filter((g) => /决算/.test(heading(g)));
  return final.length > 0 ? final : groups;
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
