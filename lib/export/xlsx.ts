import ExcelJS from "exceljs";
import Decimal from "decimal.js";
import { rowColumns } from "@/lib/disclosure/canonical";
import { OTHER_TABLE_NOTICE, TABLE_LABELS, tableColumnLabel } from "@/lib/disclosure/labels";
import { SECTION_HEADINGS } from "@/lib/disclosure/section-headings";
import type { DisclosureDocument, DisclosureTable, OtherTable, SourceUnit } from "@/lib/disclosure/schema";
import { sheetName } from "./sheet-name";
import { INDICATOR_FIELDS, INDICATORS_SHEET, META_FIELDS, META_SHEET, PROJECT_FIELDS, PROJECTS_SHEET, TARGET_FIELDS, TARGETS_SHEET } from "./xlsx-layout";

/** 元 (exact string) → a number in the disclosure's unit, as the document prints it. */
const inUnit = (yuan: string | null | undefined, unit: SourceUnit) =>
  yuan === null || yuan === undefined ? null : new Decimal(yuan).dividedBy(unit === "万元" ? 10000 : 1).toNumber();

const numberFormat = "#,##0.00####";

const addSheet = (wb: ExcelJS.Workbook, title: string) => wb.addWorksheet(sheetName(title, wb.worksheets.map((ws) => ws.name)));

function addTableSheet(wb: ExcelJS.Workbook, doc: DisclosureDocument, table: DisclosureTable) {
  const kind = table.kind;
  const ws = addSheet(wb, TABLE_LABELS[kind]);
  const columns = [...new Set(table.rows.flatMap((r) => rowColumns(kind, r.side)))];
  ws.addRow([table.title || TABLE_LABELS[kind]]).font = { bold: true, size: 13 };
  ws.addRow([`单位：${doc.sourceUnit}`, "表格代码", kind, "备注", table.note ?? ""]);
  ws.addRow(["科目编码", "科目名称", "收支", ...columns.map((c) => (c === "prior" ? `${doc.year - 1}年预算数` : tableColumnLabel(kind, c)))]).font = { bold: true };
  const keys = ws.addRow(["字段代码：code", "name", "side", ...columns]);
  keys.font = { color: { argb: "FF888888" }, size: 9 };
  ws.getCell(keys.number, 1).value = "code";
  for (const row of table.rows) {
    const values = row.values as Record<string, string | null | undefined>;
    ws.addRow([row.code ?? null, row.name ?? null, row.side ?? null, ...columns.map((c) => inUnit(values[c], doc.sourceUnit))]);
  }
  columns.forEach((_, i) => (ws.getColumn(4 + i).numFmt = numberFormat));
  ws.getColumn(1).width = 12;
  ws.getColumn(2).width = 36;
  ws.views = [{ state: "frozen", ySplit: 4 }];
}

/** A table kept as printed: title, unit and notice, its column headers, its cells as text. */
function addPrintedTableSheet(wb: ExcelJS.Workbook, table: OtherTable) {
  const title = table.title || TABLE_LABELS.other;
  const ws = addSheet(wb, title);
  ws.addRow([title]).font = { bold: true, size: 13 };
  ws.addRow([table.unit ? `单位：${table.unit}` : null, OTHER_TABLE_NOTICE, null, "备注", table.note ?? ""]);
  ws.addRow(table.columns).font = { bold: true };
  for (const row of table.rows) ws.addRow(row.cells);
  ws.getColumn(1).width = 36;
}

/**
 * The disclosure as a workbook: a sheet per table (amounts as numbers in the disclosure's unit,
 * the unit stated; a table kept as printed in text, as printed), the identity and narrative in
 * 说明, projects and performance targets. Reads back with `npm run import` into the same
 * disclosure (lib/documents/xlsx/portal-export.ts), which skips the sheets of tables kept as
 * printed (no 表格代码 in B2; B2 holds OTHER_TABLE_NOTICE).
 */
export async function disclosureXlsx(doc: DisclosureDocument): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = "重庆市区县部门预算公开平台";
  const meta = wb.addWorksheet(META_SHEET);
  meta.addRow(["项目", "字段代码", "内容"]).font = { bold: true };
  const identity: Record<(typeof META_FIELDS)[number][0], string | number> = {
    format: doc.format,
    district: doc.district,
    departmentCode: doc.department.code,
    departmentName: doc.department.name,
    year: doc.year,
    kind: doc.kind,
    sourceUnit: doc.sourceUnit,
    contactName: doc.contact?.name ?? "",
    contactPhone: doc.contact?.phone ?? "",
  };
  for (const [key, label] of META_FIELDS) meta.addRow([label, key, identity[key]]);
  for (const { key, heading } of SECTION_HEADINGS) if (doc.sections[key]) meta.addRow([heading, `section:${key}`, doc.sections[key]]);
  meta.getColumn(1).width = 28;
  meta.getColumn(3).width = 100;
  meta.getColumn(3).alignment = { wrapText: true, vertical: "top" };

  for (const t of doc.tables) {
    if (t.kind === "other") addPrintedTableSheet(wb, t);
    else addTableSheet(wb, doc, t);
  }

  const projects = wb.addWorksheet(PROJECTS_SHEET);
  projects.addRow(["项目编码", "项目名称", `金额（${doc.sourceUnit}）`, "项目分类", "功能科目编码"]).font = { bold: true };
  projects.addRow([...PROJECT_FIELDS]).font = { color: { argb: "FF888888" }, size: 9 };
  for (const p of doc.projects) projects.addRow([p.code ?? null, p.name, inUnit(p.amount, doc.sourceUnit), p.category ?? null, p.functionCode ?? null]);
  projects.getColumn(3).numFmt = numberFormat;

  const targets = wb.addWorksheet(TARGETS_SHEET);
  targets.addRow(["目标", "项目编码", "项目名称", `金额（${doc.sourceUnit}）`, "项目概述", "立项依据", "绩效目标"]).font = { bold: true };
  targets.addRow([...TARGET_FIELDS]).font = { color: { argb: "FF888888" }, size: 9 };
  const indicators = wb.addWorksheet(INDICATORS_SHEET);
  indicators.addRow(["目标", "一级指标", "二级指标", "三级指标", "计量单位", "指标性质", "指标值", "权重", "是否核心指标"]).font = { bold: true };
  indicators.addRow([...INDICATOR_FIELDS]).font = { color: { argb: "FF888888" }, size: 9 };
  const all = [
    ...(doc.performance.overall ? [{ ref: "overall", projectCode: null, projectName: null, amount: null, overview: null, basis: null, goal: doc.performance.overall.goal, indicators: doc.performance.overall.indicators }] : []),
    ...doc.performance.projects.map((p, i) => ({ ref: `project-${i + 1}`, ...p })),
  ];
  for (const t of all) {
    targets.addRow([t.ref, t.projectCode, t.projectName, inUnit(t.amount, doc.sourceUnit), t.overview ?? null, t.basis ?? null, t.goal ?? null]);
    for (const i of t.indicators) {
      indicators.addRow([t.ref, i.level1, i.level2, i.level3, i.unit, i.operator, i.value, i.weight, i.core === null ? null : i.core ? "是" : "否"]);
    }
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}
