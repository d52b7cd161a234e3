import { classCode, isTotalRow, plainName } from "@/lib/rules/tables";
import type { TableRow } from "./schema";

/** How a row stands in the printed table: indented `depth` times, bold when `strong`. */
export interface RowLevel {
  depth: 0 | 1 | 2;
  strong: boolean;
}

/** The headings of a summary table's parts: 一、本年收入 / 二、上年结转 and the 支出 side's counterparts. */
const PART_HEADING = /^(本年收入|本年支出|上年结转|结转下年|年初结转和结余|年末结转和结余)$/;

/** 合计, 收入合计, 本年支出合计, 收入总计 … */
export const isSumRow = (row: TableRow) => isTotalRow(row) || /(合计|总计)$/.test(plainName(row.name));

export const isPartHeading = (row: TableRow) => row.code === undefined && PART_HEADING.test(plainName(row.name));

const TOP: RowLevel = { depth: 0, strong: false };
const STRONG: RowLevel = { depth: 0, strong: true };

/**
 * The level of each row as the official form prints it: 类 (3 digits, in the function and both
 * economic classifications) bold, 款 (5) indented once, 项 (7) twice; the 合计 rows bold; in a
 * summary table the rows under a part heading (一般公共预算资金 under 本年收入, the items under
 * 上年结转) indented once, per side. Pure.
 */
export function rowLevels(rows: readonly TableRow[]): RowLevel[] {
  const underHeading = new Map<TableRow["side"], boolean>();
  return rows.map((row) => {
    if (isSumRow(row)) {
      underHeading.set(row.side, false);
      return STRONG;
    }
    const code = classCode(row);
    if (code !== undefined) return code.length === 3 ? STRONG : { depth: code.length === 5 ? 1 : 2, strong: false };
    if (isPartHeading(row)) {
      underHeading.set(row.side, true);
      return STRONG;
    }
    return underHeading.get(row.side) ? { depth: 1, strong: false } : TOP;
  });
}
