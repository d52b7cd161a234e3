import type { DisclosureTable, TableRow, ValueColumn } from "@/lib/disclosure/schema";
import { compact } from "../lines";
import type { Segment } from "../segment";
import { withNote } from "./classified";
import { isChangeColumn, matchColumn, periodOf, type Matchers } from "./columns";
import { amountAt, tableError, unplacedRow, type TableContext } from "./context";
import { buildGrid, cellAt, type Column } from "./grid";
import { splitProjectLabel } from "../projects";

const MATCHERS: Matchers = [
  [/货物/, "goods"],
  [/工程/, "works"],
  [/服务/, "services"],
  [/^(总计|合计|小计|金额|采购金额|预算金额)$|^\d{4}年(预算数|采购预算)$/, "total"],
];
const CATEGORIES: [RegExp, ValueColumn][] = [
  [/^(合计|总计)$/, "total"],
  [/^(A|货物|货物类)$/, "goods"],
  [/^(B|工程|工程类)$/, "works"],
  [/^(C|服务|服务类)$/, "services"],
];

/** A procurement row that names a project (not a total or a category row). */
export interface ProcurementProject {
  code: string | null;
  name: string;
}

/**
 * 政府采购预算明细表. Printed either with 货物/工程/服务 columns (one row per project and a 合计 row), or
 * with one row per category (货物类/工程类/服务类 or A/B/C) and funding sources as columns: then the
 * categories become the columns of a single 合计 row.
 */
export function parseProcurementTable(
  segment: Segment,
  ctx: TableContext,
): { table: DisclosureTable; projects: ProcurementProject[] } {
  const grid = buildGrid(segment, ctx);
  const values: [Column, ValueColumn][] = [];
  for (const column of grid.columns) {
    if (isChangeColumn(column) || periodOf(column, ctx.year) === "prior") continue;
    const key = matchColumn(column, MATCHERS);
    if (key && !values.some(([, k]) => k === key)) values.push([column, key]);
  }
  const total = values.find(([, k]) => k === "total")?.[0];
  if (!total) throw tableError(ctx, "表头中找不到“总计”或“合计”列");
  const labelColumns = grid.columns.filter((c) => c.index < Math.min(...values.map(([col]) => col.index)));
  const leaf = (c: Column) => c.labels.at(-1) ?? "";
  const nameColumn = labelColumns.find((c) => /名称/.test(leaf(c))) ?? labelColumns.find((c) => leaf(c) === "项目");
  const codeColumn = labelColumns.find((c) => /编号|编码|代码/.test(leaf(c)));
  const labelOf = (cells: string[]) =>
    labelColumns.map((c) => (cells[c.index] ?? "").trim()).filter(Boolean);
  const categoryOf = (labels: string[]) => {
    for (const label of [...labels].reverse()) {
      const match = CATEGORIES.find(([p]) => p.test(compact(label)));
      if (match) return match[1];
    }
    return null;
  };

  const byCategory = values.length === 1 && grid.rows.every((r) => categoryOf(labelOf(r.cells!)) !== null || labelOf(r.cells!).length === 0);
  if (byCategory) {
    const row: TableRow = { code: "total", name: "合计", values: { total: null, goods: null, works: null, services: null } };
    grid.rows.forEach((line, i) => {
      const key = categoryOf(labelOf(line.cells!));
      if (key) row.values[key] = amountAt(ctx, line, i + 1, labelOf(line.cells!).join(" "), total);
    });
    return { table: withNote({ kind: "procurement", title: segment.title, rows: [row] }, segment), projects: [] };
  }

  const rows: TableRow[] = [];
  const projects: ProcurementProject[] = [];
  grid.rows.forEach((line, i) => {
    const labels = labelOf(line.cells!);
    const filled = values.some(([c]) => cellAt(line, c).trim() !== "");
    if (labels.length === 0 && !filled) return;
    const name = (nameColumn ? cellAt(line, nameColumn).trim() : "") || (labels.at(-1) ?? "");
    // a first row with amounts and no label is the table's total, as many departments print it
    const isTotal = labels.some((l) => /^(合计|总计)$/.test(compact(l))) || (labels.length === 0 && rows.length === 0);
    const row: TableRow = { values: {} };
    if (isTotal) row.code = "total";
    if (name) row.name = name;
    else if (!isTotal) {
      unplacedRow(ctx, line, i + 1, "有金额却没有项目名称");
      return;
    } else row.name = "合计";
    for (const [column, key] of values) row.values[key] = amountAt(ctx, line, i + 1, labels.join(" "), column);
    rows.push(row);
    if (!isTotal && categoryOf(labels) === null) {
      const code = codeColumn ? compact(cellAt(line, codeColumn)) : "";
      projects.push(code ? { code, name } : splitProjectLabel(name));
    }
  });
  return { table: withNote({ kind: "procurement", title: segment.title, rows }, segment), projects };
}
