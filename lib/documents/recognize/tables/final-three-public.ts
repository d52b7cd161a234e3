import type { DisclosureTable, TableRow, ValueColumn } from "@/lib/disclosure/schema";
import { looksLikeNumber } from "@/lib/money";
import { compact } from "../lines";
import type { Segment } from "../segment";
import { withNote } from "./classified";
import { amountAt, tableError, type TableContext } from "./context";
import { buildGrid, type Column } from "./grid";
import { threePublicItem } from "./three-public";

type Period = "budget" | "final";

const PERIOD = /^(?:\d{4}年度?)?(?:全年|年初)?(预算|决算)数?$/;

/** The period a column is under, above or below its item: 预算数 (the approved budget) or 决算数 (the outturn). */
function periodOf(column: Column): Period | null {
  const label = column.labels.find((l) => PERIOD.test(l));
  return label === undefined ? null : label.match(PERIOD)![1] === "决算" ? "final" : "budget";
}

/**
 * A 决算's “三公” table: each item (合计, 因公出国（境）费, 公务用车购置及运行费 …) over a 预算数 and a
 * 决算数 column. Read as two rows, "budget" and "final" (DESIGN §4 final_three_public).
 */
export function parseFinalThreePublicTable(segment: Segment, ctx: TableContext): DisclosureTable {
  const grid = buildGrid(segment, ctx);
  const columns: [Column, Period, ValueColumn][] = [];
  for (const column of grid.columns) {
    const period = periodOf(column);
    const labels = column.labels.filter((l) => !PERIOD.test(l));
    const item = [...labels].reverse().map((l) => threePublicItem(l, labels.join("/"))).find(Boolean) ?? null;
    if (period && item && !columns.some(([, p, k]) => p === period && k === item)) columns.push([column, period, item]);
  }
  if (columns.length === 0) throw tableError(ctx, "表头中找不到“三公”经费的预算数和决算数列");
  const line = grid.rows.find((r) => columns.some(([c]) => looksLikeNumber(r.cells![c.index] ?? ""))) ?? grid.rows[0];
  const rows: TableRow[] = (["budget", "final"] as const).map((period) => {
    const row: TableRow = { name: period, values: {} };
    for (const [column, p, key] of columns) {
      if (p === period) row.values[key] = line ? amountAt(ctx, line, 1, period === "budget" ? "预算数" : "决算数", column) : null;
    }
    return row;
  });
  if (grid.rows.filter((r) => r.cells!.some((c) => looksLikeNumber(c) && !/^\d{1,2}$/.test(compact(c)))).length > 1) {
    ctx.issues.add({ table: ctx.table, page: segment.page }, `“${ctx.title}”有多行金额，只读取了第一行`);
  }
  return withNote({ kind: "final_three_public", title: segment.title, rows }, segment);
}
