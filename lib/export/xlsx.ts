import ExcelJS from "exceljs";
import { rowLabel, sideLabel, type HeadingContext } from "@/lib/disclosure/column-headings";
import { OTHER_TABLE_NOTICE, TABLE_LABELS } from "@/lib/disclosure/labels";
import { KIND_LABELS } from "@/lib/disclosure/list-query";
import { presentSections } from "@/lib/disclosure/section-headings";
import type { DisclosureDocument, DisclosureTable, OtherTable, SourceUnit, TableRow } from "@/lib/disclosure/schema";
import { districtCodeOf } from "@/lib/imports/assign";
import { amountCell, AMOUNT_FORMAT } from "./amount-cell";
import { sheetName } from "./sheet-name";
import {
  displayWidth,
  EXPORT_CREATOR,
  FIRST_DATA_ROW,
  GROUP_ROW,
  HEADING_ROW,
  INDICATOR_FIELDS,
  INDICATOR_HEADINGS,
  INDICATORS_SHEET,
  META_FIELDS,
  META_SHEET,
  NOTE_PREFIX,
  OVERALL_TARGET,
  PROJECT_HEADINGS,
  PROJECTS_SHEET,
  projectTargetName,
  SELF_EVALUATION_FIELDS,
  SELF_EVALUATION_HEADINGS,
  SELF_EVALUATIONS_SHEET,
  type SheetColumn,
  sheetColumns,
  TARGET_HEADINGS,
  TARGETS_SHEET,
  UNIT_PREFIX,
} from "./xlsx-layout";

type CellValue = string | number | null;

const BOLD = { bold: true } as const;
const MIN_WIDTH = 8;
const MAX_WIDTH = 60;

const addSheet = (wb: ExcelJS.Workbook, title: string) => wb.addWorksheet(sheetName(title, wb.worksheets.map((ws) => ws.name)));

/** Each column as wide as its widest header or cell (CJK counting 2), within bounds; long text wraps. */
function fitColumns(ws: ExcelJS.Worksheet, fromRow: number) {
  const widths: number[] = [];
  ws.eachRow((row, n) => {
    if (n < fromRow) return;
    row.eachCell((cell, c) => {
      if (cell.isMerged && cell.master.address !== cell.address) return;
      const value = cell.value;
      const text = typeof value === "number" ? value.toLocaleString("en-US", { minimumFractionDigits: 2 }) : typeof value === "string" ? value : "";
      widths[c] = Math.max(widths[c] ?? 0, displayWidth(text) + 2 + 2 * (cell.alignment?.indent ?? 0));
    });
  });
  widths.forEach((w, c) => {
    const column = ws.getColumn(c);
    column.width = Math.min(Math.max(w, MIN_WIDTH), MAX_WIDTH);
    if (w <= MAX_WIDTH) return;
    column.eachCell((cell, n) => {
      if (n >= fromRow) cell.alignment = { ...cell.alignment, wrapText: true, vertical: "top" };
    });
  });
}

/** The title over the whole width, and 单位 under it. */
function addTitle(ws: ExcelJS.Worksheet, title: string, unit: string | null, width: number) {
  ws.addRow([title]).font = { bold: true, size: 13 };
  ws.addRow([unit ? `${UNIT_PREFIX}${unit}` : null]);
  if (width > 1) ws.mergeCells(1, 1, 1, width);
}

/** The two header rows: a heading over a run of columns merged across, a column standing alone merged down. */
function addHeader(ws: ExcelJS.Worksheet, columns: readonly SheetColumn[]) {
  ws.addRow(columns.map((c) => c.group ?? c.heading)).font = BOLD;
  ws.addRow(columns.map((c) => c.heading)).font = BOLD;
  let start = 0;
  columns.forEach((c, i) => {
    if (c.group === null) ws.mergeCells(GROUP_ROW, i + 1, HEADING_ROW, i + 1);
    const next = columns[i + 1];
    if (next?.group === c.group && next.group !== null && next.side === c.side) return;
    if (c.group !== null && i > start) ws.mergeCells(GROUP_ROW, start + 1, GROUP_ROW, i + 1);
    start = i + 1;
  });
  for (const n of [GROUP_ROW, HEADING_ROW]) ws.getRow(n).alignment = { horizontal: "center", vertical: "middle", wrapText: true };
}

function cellOf(column: SheetColumn, row: TableRow, ctx: HeadingContext & { unit: SourceUnit; table: DisclosureTable }): CellValue {
  if (column.field === "code") return row.code === "total" ? null : (row.code ?? null);
  if (column.field === "name") return rowLabel({ ...ctx, table: ctx.table.kind, row }) || null;
  if (column.field === "side") return row.side ? sideLabel(row.side) : null;
  return amountCell((row.values as Record<string, string | null | undefined>)[column.field], ctx.unit);
}

/** A 科目 of 类, 款 or 项: its code's length (201, 20103, 2010301), 0 where it has none. */
const level = (code: string | undefined) => (code && /^\d{3,}$/.test(code) ? Math.min(Math.floor((code.length - 3) / 2), 2) + 1 : 0);

/** As the documents set them: amounts to 2 decimals, 合计 and 类 in bold, 款 indented once and 项 twice. */
function styleCell(cell: ExcelJS.Cell, column: SheetColumn, row: TableRow) {
  const value = column.field !== "code" && column.field !== "name" && column.field !== "side";
  if (typeof cell.value === "number") cell.numFmt = AMOUNT_FORMAT;
  if (value && typeof cell.value === "string") cell.alignment = { horizontal: "right" };
  if (row.code === "total" || level(row.code) === 1) cell.font = BOLD;
  if (column.field === "name" && level(row.code) > 1) cell.alignment = { indent: level(row.code) - 1 };
}

/** A table laid out as printed (xlsx-layout.ts); a 收支总表 with its halves side by side. */
function addTableSheet(wb: ExcelJS.Workbook, doc: DisclosureDocument, table: DisclosureTable) {
  const ws = addSheet(wb, TABLE_LABELS[table.kind]);
  const ctx = { year: doc.year, kind: doc.kind, unit: doc.sourceUnit, table };
  const columns = sheetColumns(table, ctx);
  addTitle(ws, table.title || TABLE_LABELS[table.kind], doc.sourceUnit, columns.length);
  addHeader(ws, columns);
  const halves = columns.some((c) => c.side) ? (["income", "expenditure"] as const).map((s) => table.rows.filter((r) => r.side === s)) : [table.rows];
  const height = Math.max(0, ...halves.map((h) => h.length));
  for (let i = 0; i < height; i++) {
    const rowOf = (c: SheetColumn) => halves[c.side === "expenditure" ? 1 : 0]![i];
    const line = ws.addRow(columns.map((c) => {
      const row = rowOf(c);
      return row ? cellOf(c, row, ctx) : null;
    }));
    columns.forEach((c, j) => {
      const row = rowOf(c);
      if (row) styleCell(line.getCell(j + 1), c, row);
    });
  }
  fitColumns(ws, GROUP_ROW);
  // after fitting: the 备注 runs on past its column, as printed
  if (table.note) {
    ws.addRow([]);
    ws.addRow([`${NOTE_PREFIX}${table.note}`]);
  }
  const keyColumns = columns.findIndex((c) => c.field !== "code" && c.field !== "name" && c.field !== "side");
  ws.views = [{ state: "frozen", ySplit: FIRST_DATA_ROW - 1, xSplit: columns[0]?.side ? 0 : Math.max(0, keyColumns) }];
}

/** A table kept as printed: title, unit and notice, its column headers, its cells as text. */
function addPrintedTableSheet(wb: ExcelJS.Workbook, table: OtherTable) {
  const title = table.title || TABLE_LABELS.other;
  const ws = addSheet(wb, title);
  ws.addRow([title]).font = { bold: true, size: 13 };
  ws.addRow([table.unit ? `${UNIT_PREFIX}${table.unit}` : null, OTHER_TABLE_NOTICE]);
  ws.addRow(table.columns).font = BOLD;
  for (const row of table.rows) ws.addRow(row.cells);
  fitColumns(ws, 3);
  if (table.note) ws.addRow([`${NOTE_PREFIX}${table.note}`]);
}

/** A sheet of a header row and rows, amounts formatted, widths fitted. */
function addListSheet(wb: ExcelJS.Workbook, name: string, headings: readonly string[], rows: readonly CellValue[][]) {
  const ws = wb.addWorksheet(name);
  ws.addRow([...headings]).font = BOLD;
  for (const r of rows) {
    const line = ws.addRow(r);
    line.eachCell((cell) => {
      if (typeof cell.value === "number") cell.numFmt = AMOUNT_FORMAT;
    });
  }
  fitColumns(ws, 1);
  ws.views = [{ state: "frozen", ySplit: 1 }];
}

/** A 自评得分 as a number where the number reads back as the same text (86, 98.5), else as its text (90.0). */
const scoreCell = (score: string | null) => (score !== null && String(Number(score)) === score ? Number(score) : score);

/**
 * The disclosure as a workbook that reads like the document: 说明 (identity, then the narrative
 * under its printed headings), a sheet per table laid out as printed (amounts as numbers in the
 * disclosure's unit, see amountCell), 项目, 绩效目标 and 绩效指标, and a 决算's 绩效自评, all in Chinese. Reads back with
 * `npm run import` into the same disclosure (lib/documents/xlsx/portal-export.ts); tables kept as
 * printed are shown, not read back.
 */
export async function disclosureXlsx(doc: DisclosureDocument): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = EXPORT_CREATOR;
  const unit = doc.sourceUnit;
  const identity: Record<(typeof META_FIELDS)[number][0], string | number> = {
    format: doc.format,
    districtCode: districtCodeOf(doc.district) ?? "",
    district: doc.district,
    departmentCode: doc.department.code,
    departmentName: doc.department.name,
    year: doc.year,
    kind: KIND_LABELS[doc.kind],
    sourceUnit: unit,
    contactName: doc.contact?.name ?? "",
    contactPhone: doc.contact?.phone ?? "",
  };
  const meta = wb.addWorksheet(META_SHEET);
  for (const [key, label] of META_FIELDS) meta.addRow([label, identity[key]]).getCell(1).font = BOLD;
  for (const { key, heading } of presentSections(doc)) meta.addRow([heading, doc.sections[key]]).getCell(1).font = BOLD;
  meta.getColumn(1).width = 30;
  meta.getColumn(2).width = 100;
  meta.getColumn(2).alignment = { wrapText: true, vertical: "top" };

  for (const t of doc.tables) {
    if (t.kind === "other") addPrintedTableSheet(wb, t);
    else addTableSheet(wb, doc, t);
  }

  addListSheet(wb, PROJECTS_SHEET, PROJECT_HEADINGS(unit), doc.projects.map((p) => [p.code ?? null, p.name, amountCell(p.amount, unit), p.category ?? null, p.functionCode ?? null]));

  const targets = [
    ...(doc.performance.overall ? [{ name: OVERALL_TARGET, projectCode: null, projectName: null, amount: null, overview: null, basis: null, ...doc.performance.overall }] : []),
    ...doc.performance.projects.map((p, i) => ({ name: projectTargetName(i + 1), ...p })),
  ];
  addListSheet(
    wb,
    TARGETS_SHEET,
    TARGET_HEADINGS(unit),
    targets.map((t) => [t.name, t.projectCode, t.projectName, amountCell(t.amount, unit), t.overview ?? null, t.basis ?? null, t.goal ?? null]),
  );
  addListSheet(
    wb,
    INDICATORS_SHEET,
    INDICATOR_HEADINGS,
    targets.flatMap((t) =>
      t.indicators.map((i) => [t.name, ...INDICATOR_FIELDS.map((f) => (f === "core" ? (i.core === null ? null : i.core ? "是" : "否") : i[f]))]),
    ),
  );
  const evaluations = doc.performance.selfEvaluations;
  if (evaluations) {
    addListSheet(
      wb,
      SELF_EVALUATIONS_SHEET,
      SELF_EVALUATION_HEADINGS(unit),
      evaluations.map((e) => SELF_EVALUATION_FIELDS.map((f) => (f === "budget" || f === "actual" ? amountCell(e[f], unit) : f === "score" ? scoreCell(e.score) : (e[f] ?? null)))),
    );
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}
