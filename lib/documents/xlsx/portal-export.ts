import ExcelJS from "exceljs";
import { strFromU8 } from "fflate";
import Decimal from "decimal.js";
import { OTHER_TABLE_NOTICE, TABLE_LABELS } from "@/lib/disclosure/labels";
import { KIND_LABELS } from "@/lib/disclosure/list-query";
import { ALL_SECTION_HEADINGS } from "@/lib/disclosure/section-headings";
import { type DisclosureDocument, type DisclosureKind, type DisclosureTable, type Indicator, type ProjectTarget, SECTION_KEYS, type SelfEvaluation, type SourceUnit, type TableKind } from "@/lib/disclosure/schema";
import {
  EXPORT_CREATOR,
  INDICATOR_FIELDS,
  INDICATORS_SHEET,
  META_FIELDS,
  META_SHEET,
  OVERALL_TARGET,
  PROJECTS_SHEET,
  SELF_EVALUATION_HEADINGS,
  SELF_EVALUATIONS_SHEET,
  TARGETS_SHEET,
  UNIT_ROW,
} from "@/lib/export/xlsx-layout";
import { AmountFormatError, parseAmount } from "@/lib/money";
import { ImportError } from "@/lib/documents/errors";
import { inflateEntry, zipEntries } from "../sniff-zip";
import { plain, type ReadAmount, text } from "./portal-export-cells";
import { readTableSheet } from "./portal-export-table";

type Cell = ExcelJS.CellValue;

/**
 * Whether the workbook is the portal's own export: it lists the “${META_SHEET}” sheet and names the
 * portal as its author (a department's own workbook may well have a sheet called 说明).
 */
export async function isPortalExport(bytes: Uint8Array): Promise<boolean> {
  const entries = zipEntries(bytes) ?? [];
  // inflated within a cap whatever the directory declares: this runs before the package is measured
  const part = (name: string) => {
    const entry = entries.find((e) => e.name === name);
    return entry ? strFromU8(inflateEntry(bytes, entry, 5_000_000)) : undefined;
  };
  try {
    const [workbook, core] = [part("xl/workbook.xml"), part("docProps/core.xml")];
    return workbook !== undefined && core !== undefined && workbook.includes(`name="${META_SHEET}"`) && core.includes(EXPORT_CREATOR);
  } catch {
    return false;
  }
}

const FIELD_OF_LABEL = new Map<string, string>([
  ...META_FIELDS.map(([key, label]) => [label, key] as [string, string]),
  ...ALL_SECTION_HEADINGS.map(({ key, heading }) => [heading, `section:${key}`] as [string, string]),
]);
const KIND_OF_TABLE = new Map(Object.entries(TABLE_LABELS).map(([kind, label]) => [label, kind as TableKind | "other"]));
const KIND_OF_LABEL = new Map<string, DisclosureKind>(Object.entries(KIND_LABELS).map(([kind, label]) => [label, kind as DisclosureKind]));
/** The sheet of a table of this kind: its label, with （2） and so on where a kind comes twice. */
const tableKindOf = (sheet: string) => KIND_OF_TABLE.get(sheet.replace(/（\d+）$/, ""));

/**
 * Reads a workbook in the layout of the portal's XLSX export (lib/export/xlsx-layout.ts) back
 * into a document: identity and narrative from 说明 by their printed labels, each table's sheet by
 * its printed headings, projects, targets and a 决算's 绩效自评. Amounts are numbers in the stated unit (or text as
 * the documents print them); one that is not an amount to the 分 is refused naming its sheet, row
 * and column.
 */
export async function parseDisclosureXlsx(bytes: Uint8Array, fileName: string): Promise<DisclosureDocument> {
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  } catch {
    throw new ImportError({ fileName }, "不是有效的 Excel（.xlsx）文件，或文件已损坏");
  }
  const meta = wb.getWorksheet(META_SHEET);
  if (!meta) {
    throw new ImportError({ fileName }, `不是本平台导出的 Excel 文件（缺少“${META_SHEET}”工作表）；其他版式的 Excel 导入尚在建设中`);
  }
  const fields = new Map<string, string>();
  meta.eachRow((row) => {
    const key = FIELD_OF_LABEL.get(text(row.getCell(1).value) ?? "");
    if (key) fields.set(key, text(row.getCell(2).value) ?? "");
  });
  const need = (key: string, label: string) => {
    const v = fields.get(key);
    if (!v) throw new ImportError({ fileName, table: META_SHEET }, `缺少“${label}”`);
    return v;
  };
  const unit = need("sourceUnit", "金额单位");
  if (unit !== "元" && unit !== "万元") throw new ImportError({ fileName, table: META_SHEET }, `金额单位“${unit}”不是“元”或“万元”`);
  const sourceUnit: SourceUnit = unit;
  const factor = sourceUnit === "万元" ? 10000 : 1;
  const year = Number(need("year", "年度"));
  if (!Number.isInteger(year)) throw new ImportError({ fileName, table: META_SHEET }, `年度“${fields.get("year")}”不是整数`);
  const kind = KIND_OF_LABEL.get(need("kind", "类型"));
  if (!kind) throw new ImportError({ fileName, table: META_SHEET }, `类型“${fields.get("kind")}”应为“部门预算”或“部门决算”`);

  const amount: ReadAmount = (value, where) => {
    const p = plain(value);
    const v = typeof p === "string" ? text(p) : p;
    if (v === null) return null;
    const location = { fileName, table: where.table, row: { number: where.row, label: "" }, column: where.column };
    if (typeof v === "number") {
      const yuan = new Decimal(String(v)).times(factor);
      if (yuan.decimalPlaces() > 2) throw new ImportError(location, `${v} ${sourceUnit}不是精确到分的金额`);
      return yuan.toFixed(2);
    }
    try {
      return parseAmount(v, sourceUnit);
    } catch (e) {
      if (e instanceof AmountFormatError) throw new ImportError(location, `“${v}”不是金额`);
      throw e;
    }
  };

  const tables: DisclosureTable[] = [];
  wb.eachSheet((ws) => {
    const tableKind = tableKindOf(ws.name);
    if (!tableKind || tableKind === "other" || text(ws.getCell(UNIT_ROW, 2).value) === OTHER_TABLE_NOTICE) return;
    tables.push(readTableSheet(ws, tableKind, { year, kind, fileName }, amount));
  });

  const dataRows = (name: string) => {
    const rows: { n: number; cells: Cell[] }[] = [];
    wb.getWorksheet(name)?.eachRow((row, n) => n > 1 && rows.push({ n, cells: (row.values as Cell[]).slice(1) }));
    return rows;
  };
  const at = (cells: Cell[], i: number) => text(cells[i] ?? null);
  const projects = dataRows(PROJECTS_SHEET).map(({ n, cells }) => ({
    code: at(cells, 0),
    name: at(cells, 1) ?? "",
    amount: amount(cells[2] ?? null, { table: PROJECTS_SHEET, row: n, column: "项目金额" }),
    category: at(cells, 3),
    functionCode: at(cells, 4),
  }));
  const indicatorsOf = new Map<string, Indicator[]>();
  for (const { cells } of dataRows(INDICATORS_SHEET)) {
    const target = at(cells, 0) ?? "";
    const value = Object.fromEntries(INDICATOR_FIELDS.map((f, i) => [f, at(cells, i + 1)])) as Record<keyof Indicator, string | null>;
    const indicator: Indicator = {
      level1: value.level1 ?? "",
      level2: value.level2 ?? "",
      level3: value.level3 ?? "",
      unit: value.unit,
      operator: value.operator ?? "",
      value: value.value,
      weight: value.weight,
      core: value.core === null ? null : value.core === "是",
    };
    indicatorsOf.set(target, [...(indicatorsOf.get(target) ?? []), indicator]);
  }
  let overall: DisclosureDocument["performance"]["overall"] = null;
  const projectTargets: ProjectTarget[] = [];
  for (const { n, cells } of dataRows(TARGETS_SHEET)) {
    const target = at(cells, 0) ?? "";
    if (target === OVERALL_TARGET) {
      overall = { goal: at(cells, 6) ?? "", indicators: indicatorsOf.get(target) ?? [] };
      continue;
    }
    projectTargets.push({
      projectCode: at(cells, 1),
      projectName: at(cells, 2) ?? "",
      amount: amount(cells[3] ?? null, { table: TARGETS_SHEET, row: n, column: "项目金额" }),
      overview: at(cells, 4),
      basis: at(cells, 5),
      goal: at(cells, 6),
      indicators: indicatorsOf.get(target) ?? [],
    });
  }

  const headings = SELF_EVALUATION_HEADINGS(sourceUnit);
  const grades: readonly string[] = ["优", "良", "中", "差"];
  const selfEvaluations = wb.getWorksheet(SELF_EVALUATIONS_SHEET)
    ? dataRows(SELF_EVALUATIONS_SHEET).map(({ n, cells }): SelfEvaluation => {
        const grade = at(cells, 5);
        if (grade !== null && !grades.includes(grade)) {
          throw new ImportError({ fileName, table: SELF_EVALUATIONS_SHEET, row: { number: n, label: at(cells, 1) ?? "" }, column: headings[5]! }, `自评等级“${grade}”应为优、良、中或差`);
        }
        return {
          projectCode: at(cells, 0),
          projectName: at(cells, 1) ?? "",
          budget: amount(cells[2] ?? null, { table: SELF_EVALUATIONS_SHEET, row: n, column: headings[2]! }),
          actual: amount(cells[3] ?? null, { table: SELF_EVALUATIONS_SHEET, row: n, column: headings[3]! }),
          score: at(cells, 4),
          grade: grade as SelfEvaluation["grade"],
          gaps: at(cells, 6),
        };
      })
    : undefined;

  const contactName = fields.get("contactName") ?? "";
  const contactPhone = fields.get("contactPhone") ?? "";
  return {
    format: "budget-disclosure/v1",
    district: need("district", "区县"),
    department: { code: need("departmentCode", "部门编码"), name: need("departmentName", "部门名称") },
    year,
    kind,
    sourceUnit,
    ...(contactName || contactPhone ? { contact: { name: contactName, phone: contactPhone } } : {}),
    sections: Object.fromEntries(SECTION_KEYS.filter((key) => fields.get(`section:${key}`)).map((key) => [key, fields.get(`section:${key}`)!])),
    tables,
    projects,
    performance: { overall, projects: projectTargets, ...(selfEvaluations ? { selfEvaluations } : {}) },
  };
}
