import ExcelJS from "exceljs";
import { strFromU8, unzipSync } from "fflate";
import Decimal from "decimal.js";
import { type DisclosureDocument, type DisclosureTable, type Indicator, type ProjectTarget, type SourceUnit, SECTION_KEYS, TABLE_KINDS, type TableKind } from "@/lib/disclosure/schema";
import {
  FIRST_DATA_ROW,
  INDICATORS_SHEET,
  KEY_ROW,
  META_SHEET,
  PROJECTS_SHEET,
  ROW_KEYS,
  TARGETS_SHEET,
} from "@/lib/export/xlsx-layout";
import { AmountFormatError, parseAmount } from "@/lib/money";
import { ImportError } from "@/lib/documents/errors";

type Cell = ExcelJS.CellValue;

function plain(value: Cell): string | number | null {
  if (value === null || value === undefined || value === "") return null;
  if (typeof value === "number" || typeof value === "string") return value;
  if (typeof value === "boolean") return value ? "是" : "否";
  if (value instanceof Date) return value.toISOString();
  if ("result" in value) return plain(value.result as Cell);
  if ("richText" in value) return value.richText.map((r) => r.text).join("");
  if ("text" in value) return String(value.text);
  return null;
}
const text = (v: Cell) => {
  const p = plain(v);
  return p === null ? null : String(p).trim();
};

/** Whether the workbook is the portal's own export: its workbook lists the “${META_SHEET}” sheet. */
export async function isPortalExport(bytes: Uint8Array): Promise<boolean> {
  try {
    const files = unzipSync(bytes, { filter: (f) => f.name === "xl/workbook.xml" && f.originalSize < 5_000_000 });
    const workbook = files["xl/workbook.xml"];
    return workbook !== undefined && strFromU8(workbook).includes(`name="${META_SHEET}"`);
  } catch {
    return false;
  }
}

/**
 * Reads a workbook in the layout of the portal's XLSX export (lib/export/xlsx-layout.ts) back
 * into a document. Amounts are numbers in the stated unit (or text as the documents print them);
 * one that is not an amount to the 分 is refused naming its sheet, row and column.
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
  meta.eachRow((row, n) => {
    const key = text(row.getCell(2).value);
    if (n > 1 && key) fields.set(key, text(row.getCell(3).value) ?? "");
  });
  const need = (key: string, label: string) => {
    const v = fields.get(key);
    if (!v) throw new ImportError({ fileName, table: META_SHEET }, `缺少“${label}”（${key}）`);
    return v;
  };
  const unit = need("sourceUnit", "金额单位");
  if (unit !== "元" && unit !== "万元") throw new ImportError({ fileName, table: META_SHEET }, `金额单位“${unit}”不是“元”或“万元”`);
  const sourceUnit: SourceUnit = unit;
  const factor = sourceUnit === "万元" ? 10000 : 1;

  const amount = (value: Cell, where: { table: string; row: number; column: string }) => {
    const v = plain(value);
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
    const kind = text(ws.getCell(2, 3).value);
    if (text(ws.getCell(2, 2).value) !== "表格代码" || !TABLE_KINDS.includes(kind as TableKind)) return;
    const keys = (ws.getRow(KEY_ROW).values as Cell[]).slice(1).map((v) => text(v) ?? "");
    const valueKeys = keys.slice(ROW_KEYS.length);
    const rows: DisclosureTable["rows"] = [];
    for (let n = FIRST_DATA_ROW; n <= ws.rowCount; n++) {
      const r = ws.getRow(n);
      const code = text(r.getCell(1).value);
      const name = text(r.getCell(2).value);
      const side = text(r.getCell(3).value);
      if (!code && !name) continue;
      const values = Object.fromEntries(valueKeys.map((k, i) => [k, amount(r.getCell(ROW_KEYS.length + 1 + i).value, { table: ws.name, row: n, column: k })]));
      rows.push({
        ...(code ? { code } : {}),
        ...(name ? { name } : {}),
        ...(side === "income" || side === "expenditure" ? { side } : {}),
        values,
      });
    }
    const note = text(ws.getCell(2, 5).value);
    tables.push({ kind: kind as TableKind, title: text(ws.getCell(1, 1).value) ?? "", ...(note ? { note } : {}), rows });
  });

  const dataRows = (name: string) => {
    const ws = wb.getWorksheet(name);
    const rows: { n: number; cells: Cell[] }[] = [];
    ws?.eachRow((row, n) => n > 2 && rows.push({ n, cells: (row.values as Cell[]).slice(1) }));
    return rows;
  };
  const projects = dataRows(PROJECTS_SHEET).map(({ n, cells }) => ({
    code: text(cells[0] ?? null),
    name: text(cells[1] ?? null) ?? "",
    amount: amount(cells[2] ?? null, { table: PROJECTS_SHEET, row: n, column: "amount" }),
    category: text(cells[3] ?? null),
    functionCode: text(cells[4] ?? null),
  }));
  const indicatorsOf = new Map<string, Indicator[]>();
  for (const { cells } of dataRows(INDICATORS_SHEET)) {
    const ref = text(cells[0] ?? null) ?? "";
    const core = text(cells[8] ?? null);
    const list = indicatorsOf.get(ref) ?? [];
    list.push({
      level1: text(cells[1] ?? null) ?? "",
      level2: text(cells[2] ?? null) ?? "",
      level3: text(cells[3] ?? null) ?? "",
      unit: text(cells[4] ?? null),
      operator: text(cells[5] ?? null) ?? "",
      value: text(cells[6] ?? null),
      weight: text(cells[7] ?? null),
      core: core === null ? null : core === "是",
    });
    indicatorsOf.set(ref, list);
  }
  let overall: DisclosureDocument["performance"]["overall"] = null;
  const projectTargets: ProjectTarget[] = [];
  for (const { n, cells } of dataRows(TARGETS_SHEET)) {
    const ref = text(cells[0] ?? null) ?? "";
    if (ref === "overall") {
      overall = { goal: text(cells[6] ?? null) ?? "", indicators: indicatorsOf.get(ref) ?? [] };
      continue;
    }
    projectTargets.push({
      projectCode: text(cells[1] ?? null),
      projectName: text(cells[2] ?? null) ?? "",
      amount: amount(cells[3] ?? null, { table: TARGETS_SHEET, row: n, column: "amount" }),
      overview: text(cells[4] ?? null),
      basis: text(cells[5] ?? null),
      goal: text(cells[6] ?? null),
      indicators: indicatorsOf.get(ref) ?? [],
    });
  }

  const year = Number(need("year", "年度"));
  const kind = need("kind", "类型");
  if (!Number.isInteger(year)) throw new ImportError({ fileName, table: META_SHEET }, `年度“${fields.get("year")}”不是整数`);
  if (kind !== "budget" && kind !== "final") throw new ImportError({ fileName, table: META_SHEET }, `类型“${kind}”应为 budget 或 final`);
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
    sections: Object.fromEntries(SECTION_KEYS.filter((k) => fields.get(`section:${k}`)).map((k) => [k, fields.get(`section:${k}`)!])),
    tables,
    projects,
    performance: { overall, projects: projectTargets },
  };
}
