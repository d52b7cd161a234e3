import { columnLabel, tableLabel } from "@/lib/disclosure/labels";
import { KIND_LABELS } from "@/lib/disclosure/list-query";
import { VALUE_COLUMNS } from "@/lib/disclosure/schema";
import { csvFile } from "@/lib/search/csv-cell";
import { districtCodeOf, type RowSearchItem, shownCode } from "./item";

export const ROWS_CSV_HEADER = ["区县", "区县代码", "部门", "部门编码", "年度", "类别", "表格", "科目编码", "科目名称"];

/**
 * The rows found, one line each, then every value column any of them has, headed as the
 * documents head it, amounts in 元 exactly as stored (a blank cell stays empty). When the file
 * holds only the first `items.length` of `total`, a last line says so.
 */
export function rowSearchCsv({ items, total }: { items: RowSearchItem[]; total: number }): string {
  const columns = VALUE_COLUMNS.filter((c) => items.some((i) => c in i.values));
  const lines = items.map((i) => [
    i.district,
    districtCodeOf(i),
    i.department.name,
    i.department.code,
    String(i.year),
    KIND_LABELS[i.kind],
    tableLabel(i.table),
    shownCode(i),
    i.name,
    ...columns.map((c) => i.values[c] ?? ""),
  ]);
  const n = new Intl.NumberFormat("zh-CN");
  const note = total > items.length ? [[`共 ${n.format(total)} 行，此文件只含前 ${n.format(items.length)} 行；请按区县或年度缩小范围后再下载。`]] : [];
  return csvFile([[...ROWS_CSV_HEADER, ...columns.map((c) => `${columnLabel(c)}（元）`)], ...lines, ...note]);
}
