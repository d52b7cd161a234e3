import type { Project } from "@/lib/disclosure/schema";
import { compact } from "../lines";
import { splitProjectLabel } from "../projects";
import type { Segment } from "../segment";
import { isChangeColumn } from "./columns";
import { amountAt, tableError, type TableContext } from "./context";
import { buildGrid, cellAt, type Column } from "./grid";

const leaf = (c: Column) => c.labels.at(-1) ?? "";

/**
 * 项目支出明细表: one project per row. The category is the printed one, or else the heading of the
 * category column (人员性项目, 一般性项目…) that carries the project's amount.
 */
export function parseProjectList(segment: Segment, ctx: TableContext): Project[] {
  const grid = buildGrid(segment, ctx);
  const columns = grid.columns.filter((c) => !isChangeColumn(c));
  const nameColumn = columns.find((c) => /项目名称|专项资金名称|^项目$/.test(leaf(c)));
  if (!nameColumn) throw tableError(ctx, "表头中找不到“项目名称”列");
  const codeColumn = columns.find((c) => /^项目(编码|代码|编号)$/.test(leaf(c)));
  const functionColumn = columns.find((c) => c.labels.some((l) => l.includes("功能分类")) && /编码/.test(leaf(c)));
  const categoryText = columns.find((c) => /^项目(类别|分类|属性|类型)$/.test(leaf(c)));
  const amountColumn =
    columns.find((c) => /^(合计|总计)$/.test(leaf(c)) && c.labels.length === 1) ??
    columns.find((c) => /^(合计|总计|金额|预算数|\d{4}年预算数)$/.test(leaf(c)));
  if (!amountColumn) throw tableError(ctx, "表头中找不到项目金额（合计）列");
  const categoryColumns = columns.filter((c) => c.index > amountColumn.index && !/^(合计|总计|小计)$/.test(leaf(c)));

  const projects: Project[] = [];
  grid.rows.forEach((line, i) => {
    const printed = cellAt(line, nameColumn).trim();
    if (printed === "" || line.cells!.some((c) => /^(合计|总计)$/.test(compact(c)))) return;
    const { code, name } = splitProjectLabel(printed);
    const label = printed;
    const amount = amountAt(ctx, line, i + 1, label, amountColumn);
    const category =
      (categoryText && cellAt(line, categoryText).trim()) ||
      categoryColumns.find((c) => {
        const value = amountAt(ctx, line, i + 1, label, c);
        return value !== null && value !== "0.00";
      })?.labels.at(-1) ||
      null;
    const functionCode = functionColumn ? compact(cellAt(line, functionColumn)) || null : null;
    projects.push({
      code: (codeColumn && compact(cellAt(line, codeColumn))) || code,
      name,
      amount,
      category,
      functionCode,
    });
  });
  return projects;
}
