import { rowColumns } from "@/lib/disclosure/canonical";
import { OTHER_TABLE_NOTICE, TABLE_LABELS, tableColumnLabel } from "@/lib/disclosure/labels";
import { KIND_LABELS } from "@/lib/disclosure/list-query";
import { type DisclosureDocument, type OtherTable, otherTables, standardTables } from "@/lib/disclosure/schema";

const HEADER = ["区县", "部门编码", "部门名称", "年度", "类型", "表格", "表格代码", "收支", "科目编码", "科目名称", "栏目", "栏目代码", "金额（元）"];
const SIDES = { income: "收入", expenditure: "支出" } as const;

/** RFC 4180 quoting; a cell that a spreadsheet would run as a formula is prefixed with '. */
function cell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) && !/^-?\d/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** A table kept as printed, after a blank line: its title, unit, column headers and cells as text. */
function printedTableLines(table: OtherTable): string[][] {
  return [
    [],
    [table.title || TABLE_LABELS.other],
    [table.unit ? `单位：${table.unit}` : "", OTHER_TABLE_NOTICE],
    table.columns,
    ...table.rows.map((r) => r.cells.map((c) => c ?? "")),
    ...(table.note ? [[`备注：${table.note}`]] : []),
  ];
}

/**
 * Every cell of every standard table, one line each, amounts in 元 exactly as stored (a blank
 * cell stays empty); then each table kept as printed, as printed. UTF-8 with a byte-order mark,
 * so that Excel shows the Chinese.
 */
export function disclosureCsv(doc: DisclosureDocument): string {
  const lines = [HEADER];
  for (const table of standardTables(doc)) {
    for (const row of table.rows) {
      const values = row.values as Record<string, string | null | undefined>;
      for (const column of rowColumns(table.kind, row.side)) {
        lines.push([
          doc.district,
          doc.department.code,
          doc.department.name,
          String(doc.year),
          KIND_LABELS[doc.kind],
          TABLE_LABELS[table.kind],
          table.kind,
          row.side ? SIDES[row.side] : "",
          row.code === "total" ? "" : (row.code ?? ""),
          row.code === "total" ? (row.name ?? "合计") : (row.name ?? ""),
          tableColumnLabel(table.kind, column),
          column,
          values[column] ?? "",
        ]);
      }
    }
  }
  lines.push(...otherTables(doc).flatMap(printedTableLines));
  return `\uFEFF${lines.map((l) => l.map(cell).join(",")).join("\r\n")}\r\n`;
}
