import { INDICATOR_LABELS } from "./labels";
import type { Indicator } from "./schema";

type Column = keyof Indicator;
/** The columns in the forms' order, under their labels (labels.ts, as the downloads head them). */
const COLUMNS = Object.entries(INDICATOR_LABELS) as [Column, string][];
/** Shown even when no indicator fills them: what an indicator is. */
const ALWAYS: readonly Column[] = ["level1", "level2", "level3", "value"];

export interface IndicatorCell {
  column: Column;
  text: string;
  /** the lines the cell spans: a 一级指标 or 二级指标 over the indicators under it */
  rowSpan: number;
}

const text = (ind: Indicator, column: Column): string => {
  const v = ind[column];
  return column === "core" ? (v === null ? "" : v ? "是" : "否") : ((v as string | null) ?? "");
};

/**
 * A table of performance indicators as the forms print it: a 一级指标 spans the indicators under
 * it, and so does a 二级指标 within its 一级指标 (an empty one continues the cell above, as the
 * merged cell of the print reads); a column no indicator fills (权重 where none is weighed) is
 * left out. Pure.
 */
export function indicatorTable(indicators: readonly Indicator[]) {
  const columns = COLUMNS.filter(([c]) => ALWAYS.includes(c) || indicators.some((ind) => text(ind, c) !== "")).map(([column, label]) => ({ column, label }));
  const rows: IndicatorCell[][] = [];
  let level1: IndicatorCell | undefined;
  let level2: IndicatorCell | undefined;
  for (const ind of indicators) {
    const row: IndicatorCell[] = [];
    const continues1 = level1 !== undefined && (ind.level1 === "" || ind.level1 === level1.text);
    if (continues1) level1!.rowSpan++;
    else row.push((level1 = { column: "level1", text: ind.level1, rowSpan: 1 }));
    if (continues1 && (ind.level2 === "" || ind.level2 === level2!.text)) level2!.rowSpan++;
    else row.push((level2 = { column: "level2", text: ind.level2, rowSpan: 1 }));
    for (const { column } of columns.slice(2)) row.push({ column, text: text(ind, column), rowSpan: 1 });
    rows.push(row);
  }
  return { columns, rows };
}
