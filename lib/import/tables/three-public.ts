import type { DisclosureTable, TableRow, ValueColumn } from "@/lib/disclosure/schema";
import { looksLikeNumber } from "@/lib/money";
import { compact } from "../lines";
import type { Segment } from "../segment";
import { withNote } from "./classified";
import { isChangeColumn, periodOf } from "./columns";
import { amountAt, tableError, type TableContext } from "./context";
import { buildGrid, cellAt, type Column } from "./grid";

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

/**
 * “三公”经费 table: one row per year printed (name "prior" / "current"). Where the table lists several
 * units, the 合计 row is the department's.
 */
export function parseThreePublicTable(segment: Segment, ctx: TableContext): DisclosureTable {
  const grid = buildGrid(segment);
  const groups = new Map<"prior" | "current", [Column, ValueColumn][]>();
  for (const column of grid.columns) {
    const key = isChangeColumn(column) ? null : keyOf(column);
    if (!key) continue;
    const period = periodOf(column, ctx.year) ?? "current";
    const group = groups.get(period) ?? [];
    if (!group.some(([, k]) => k === key)) group.push([column, key]);
    groups.set(period, group);
  }
  if (groups.size === 0) throw tableError(ctx, "表头中找不到“三公”经费的金额列");

  const valueIndexes = new Set([...groups.values()].flat().map(([c]) => c.index));
  const isLabel = (cell: string, index: number) => !valueIndexes.has(index) && /^(合计|总计)$/.test(compact(cell));
  const totalIndex = grid.rows.findIndex((r) => r.cells!.some(isLabel));
  const dataIndex =
    totalIndex >= 0 ? totalIndex : grid.rows.findIndex((r) => r.cells!.some((c, k) => valueIndexes.has(k) && looksLikeNumber(c)));
  const rows: TableRow[] = [];
  const line = grid.rows[dataIndex];
  for (const period of ["prior", "current"] as const) {
    const group = groups.get(period);
    if (!group) continue;
    const row: TableRow = { name: period, values: {} };
    for (const [column, key] of group) {
      row.values[key] = line ? amountAt(ctx, line, dataIndex + 1, period === "prior" ? "上年" : "本年", column) : null;
    }
    rows.push(row);
  }
  return withNote({ kind: "three_public", title: segment.title, rows }, segment);
}
