import type ExcelJS from "exceljs";
import type { HeadingContext } from "@/lib/disclosure/column-headings";
import { rowLabel } from "@/lib/disclosure/column-headings";
import type { DisclosureTable, TableKind, TableRow } from "@/lib/disclosure/schema";
import { tableLabel } from "@/lib/disclosure/labels";
import { ImportError } from "@/lib/documents/errors";
import {
  columnOf,
  FIRST_DATA_ROW,
  GROUP_ROW,
  HEADING_ROW,
  NOTE_PREFIX,
  type SheetColumn,
  SIDE_VALUES,
  TITLE_ROW,
} from "@/lib/export/xlsx-layout";
import { type ReadAmount, text } from "./portal-export-cells";

/** The stored names of the “三公” rows a sheet labels 上年（2024年预算数） and so on. */
const THREE_PUBLIC_NAMES = ["prior", "current", "budget", "final"];

/**
 * One table's sheet of the portal's export (lib/export/xlsx-layout.ts) back into the table: its
 * columns found by their printed headings, a 收支总表's halves side by side, a bold row without a
 * code as the 合计 row, the “三公” rows by their printed labels.
 */
export function readTableSheet(ws: ExcelJS.Worksheet, kind: TableKind, ctx: HeadingContext & { fileName: string }, amount: ReadAmount): DisclosureTable {
  const width = ws.getRow(HEADING_ROW).cellCount;
  const columns: SheetColumn[] = [];
  for (let c = 1; c <= width; c++) {
    const heading = text(ws.getCell(HEADING_ROW, c).value);
    if (!heading) continue;
    const column = columnOf(kind, ctx, text(ws.getCell(GROUP_ROW, c).value), heading);
    if (!column) throw new ImportError({ fileName: ctx.fileName, table: ws.name, column: heading }, `第 ${c} 列“${heading}”不是${tableLabel(kind)}的栏目`);
    columns[c - 1] = column;
  }
  const halves = [...new Set(columns.filter(Boolean).map((c) => c.side))];
  const rowsOf = new Map<TableRow["side"], TableRow[]>(halves.map((s) => [s, []]));
  const names = new Map(THREE_PUBLIC_NAMES.map((name) => [rowLabel({ ...ctx, table: kind, row: { name } }), name]));

  let n = FIRST_DATA_ROW;
  for (; n <= ws.rowCount; n++) {
    const line = ws.getRow(n);
    if (!line.hasValues) break;
    for (const half of halves) {
      const row: { code?: string; name?: string; side?: TableRow["side"]; values: Record<string, string | null> } = { values: {} };
      let bold = false;
      columns.forEach((column, i) => {
        if (column?.side !== half) return;
        const cell = line.getCell(i + 1);
        if (column.field === "code") row.code = text(cell.value) ?? undefined;
        else if (column.field === "name") {
          row.name = text(cell.value) ?? undefined;
          bold = cell.font?.bold === true;
        } else if (column.field === "side") {
          const side = text(cell.value);
          row.side = side ? SIDE_VALUES[side as keyof typeof SIDE_VALUES] : undefined;
        } else row.values[column.field] = amount(cell.value, { table: ws.name, row: n, column: column.heading });
      });
      if (!row.code && !row.name) continue;
      if (!row.code && bold) row.code = "total";
      else if (row.name && names.has(row.name)) row.name = names.get(row.name);
      rowsOf.get(half)!.push({
        ...(row.code ? { code: row.code } : {}),
        ...(row.name ? { name: row.name } : {}),
        ...(half ? { side: half } : row.side ? { side: row.side } : {}),
        values: row.values,
      });
    }
  }
  const note = text(ws.getCell(n + 1, 1).value);
  return {
    kind,
    title: text(ws.getCell(TITLE_ROW, 1).value) ?? "",
    ...(note?.startsWith(NOTE_PREFIX) ? { note: note.slice(NOTE_PREFIX.length) } : {}),
    rows: halves.flatMap((h) => rowsOf.get(h)!),
  };
}
