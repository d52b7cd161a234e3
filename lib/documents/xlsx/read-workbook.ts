import * as XLSX from "@e965/xlsx";
import { ImportError } from "../errors";
import type { Block, DocumentModel } from "../model";
import { isOle, oleKind, oleRefusal } from "../sniff-ole";
import { inflateEntry, isOpenDocument, isZip, type ZipEntry, zipEntries } from "../sniff-zip";
import { sheetBlocks } from "./read-workbook-blocks";
import { sheetGrid, type SheetText, sheetText } from "./read-workbook-grid";
import { checkPackage, type LongSheet, WORKBOOK_LIMITS, type WorkbookLimits } from "./read-workbook-limits";

export const WORKBOOK_DAMAGED = "Excel 文件已损坏或不完整，无法读取";
export const WORKBOOK_NOT_EXCEL = "不是 Excel 文件（.xlsx 或 .xls），无法读取";
export const WORKBOOK_ENCRYPTED = oleRefusal("encrypted");
export const WORKBOOK_EMPTY = "文件没有任何内容";

const DEFAULT_SHEET_NAME = /^(sheet|工作表)\s*\d*$|^\d+$/i;

/**
 * An Excel workbook (.xlsx, or .xls BIFF5/8) as blocks, one sheet a page (page = the sheet's place
 * in the workbook, 1-based; hidden sheets are left out): titles, 单位 and 备注 lines as paragraphs,
 * runs of rows as tables with their merged cells expanded (see sheetBlocks, cellText). A sheet
 * that opens with a table, without a title row, has its tab's name as its first line unless the
 * name is a default one (Sheet1). Refuses, with ImportError, what is not a workbook, a damaged or
 * encrypted one, one over its limits (WORKBOOK_LIMITS unless given), and one without any text.
 */
export async function readWorkbook(bytes: Uint8Array, fileName: string, limits: WorkbookLimits = WORKBOOK_LIMITS): Promise<DocumentModel> {
  const refuse = (problem: string) => new ImportError({ fileName }, problem);
  const format = checkContainer(bytes, limits, refuse);

  let workbook: XLSX.WorkBook;
  try {
    // a Buffer view of its own: SheetJS hangs its read position on what it is given, and reads a
    // Buffer faster than a Uint8Array
    workbook = XLSX.read(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), {
      type: "buffer",
      dense: true,
      cellDates: false,
      cellFormula: false,
      cellHTML: false,
      cellNF: true,
      cellStyles: false,
      bookVBA: false,
      // one row past the limit: enough to tell that a sheet is over it, never a million rows in memory
      sheetRows: limits.rows + 1,
    });
  } catch (e) {
    throw refuse(e instanceof Error && /password|encrypt/i.test(e.message) ? WORKBOOK_ENCRYPTED : WORKBOOK_DAMAGED);
  }

  const sheets = workbook.SheetNames.map((name, index) => {
    const sheet = workbook.Sheets[name];
    const data: (XLSX.CellObject[] | undefined)[] = sheet?.["!data"] ?? [];
    const hidden = (workbook.Workbook?.Sheets?.[index]?.Hidden ?? 0) !== 0 || sheet?.["!type"] === "chart";
    return { name, index, merges: sheet?.["!merges"] ?? [], hidden, text: sheetText(data) };
  });

  const visible = sheets.filter((s) => !s.hidden && s.text.lastRow >= 0);
  checkSheets(sheets, visible, limits, refuse);

  const blocks: Block[] = visible.flatMap(({ name, index, merges, text }) => {
    const page = index + 1;
    const sheetBlockList = sheetBlocks(sheetGrid(text, merges), page);
    const named = sheetBlockList[0]?.type === "table" && !DEFAULT_SHEET_NAME.test(name.trim());
    return named ? [{ type: "paragraph" as const, page, text: name.trim() }, ...sheetBlockList] : sheetBlockList;
  });
  if (blocks.length === 0) throw refuse(WORKBOOK_EMPTY);
  return { format, pages: workbook.SheetNames.length, blocks };
}

/**
 * The same limits for a workbook another reader is to read (the portal's own export, read with
 * ExcelJS, which inflates and holds every part): refuses, with ImportError, one over them.
 */
export function checkWorkbookPackage(bytes: Uint8Array, fileName: string, limits: WorkbookLimits = WORKBOOK_LIMITS): void {
  checkContainer(bytes, limits, (problem) => new ImportError({ fileName }, problem));
}

function checkSheets(
  sheets: readonly { name: string; text: SheetText }[],
  visible: readonly { text: SheetText }[],
  limits: WorkbookLimits,
  refuse: (problem: string) => ImportError,
): void {
  const tooLarge = (what: string) => refuse(`工作簿过大（${what}），无法读取；请只上传公开表格所在的工作表`);
  const storedCells = sheets.reduce((n, s) => n + s.text.storedCells, 0);
  if (storedCells > limits.cells) throw tooLarge(`超过 ${limits.cells} 个单元格`);
  const long = sheets.find((s) => s.text.lastRow >= limits.rows);
  if (long) throw tooLarge(`工作表“${long.name}”超过 ${limits.rows} 行`);
  const positions = visible.reduce((n, s) => n + (s.text.lastRow + 1) * (s.text.lastColumn + 1), 0);
  if (positions > limits.gridPositions) throw tooLarge(`表格区域超过 ${limits.gridPositions} 个单元格`);
}

function checkContainer(bytes: Uint8Array, limits: WorkbookLimits, refuse: (problem: string) => ImportError): "xlsx" | "xls" {
  if (bytes.length === 0) throw refuse(WORKBOOK_EMPTY);
  if (isOle(bytes)) {
    const kind = oleKind(bytes);
    if (kind !== "xls") throw refuse(kind === "other" ? WORKBOOK_NOT_EXCEL : oleRefusal(kind));
    if (bytes.length > limits.xlsBytes) throw refuse(`工作簿过大（超过 ${mb(limits.xlsBytes)} MB），无法读取`);
    return "xls";
  }
  if (!isZip(bytes)) throw refuse(WORKBOOK_NOT_EXCEL);
  const entries = zipEntries(bytes);
  if (!entries) throw refuse(WORKBOOK_DAMAGED);
  const names = new Set(entries.map((e) => e.name));
  if (!names.has("xl/workbook.xml")) {
    if (names.has("xl/workbook.bin")) throw refuse("是 Excel 二进制工作簿（.xlsb），无法读取；请在 Excel 中另存为 .xlsx 后上传");
    if (isOpenDocument(entries)) throw refuse("是 OpenDocument 文件（.ods/.odt），无法读取；请另存为 .xlsx 后上传");
    const what = names.has("word/document.xml") ? " Word 文件（.docx）" : "一个 ZIP 压缩包（里面没有工作簿）";
    throw refuse(`不是 Excel 文件（.xlsx 或 .xls），而是${what}，无法按工作簿读取`);
  }
  const check = checkPackage(bytes, entries, limits);
  if (typeof check === "object") throw refuse(longSheetRefusal(check, sheetNameOf(bytes, entries, check.part), limits));
  if (check === "damaged") throw refuse(WORKBOOK_DAMAGED);
  if (check === "too-large") {
    throw refuse(`工作簿过大（解压后表格数据超过 ${mb(limits.xmlBytes)} MB 或全部内容超过 ${mb(limits.packageBytes)} MB），无法读取`);
  }
  return "xlsx";
}

function longSheetRefusal({ rows }: LongSheet, name: string | null, limits: WorkbookLimits): string {
  return `工作簿过大（${name === null ? "有一个工作表" : `工作表“${name}”`}共 ${rows} 行，超过 ${limits.rows} 行），无法读取；请只上传公开表格所在的工作表`;
}

const attribute = (tag: string, name: string) => new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];
const unescapeXml = (text: string) =>
  text.replace(/&(lt|gt|quot|apos|amp);/g, (_, e: string) => ({ lt: "<", gt: ">", quot: '"', apos: "'", amp: "&" })[e]!);

/** A sheet part's tab name, as the workbook and its relationships give it; null when they do not say. */
function sheetNameOf(bytes: Uint8Array, entries: readonly ZipEntry[], part: string): string | null {
  const read = (name: string) => {
    const entry = entries.find((e) => e.name === name);
    return entry ? new TextDecoder().decode(inflateEntry(bytes, entry, 4 * 1024 * 1024)) : "";
  };
  try {
    const relation = read("xl/_rels/workbook.xml.rels").match(/<Relationship\b[^>]*>/g)?.find((r) => attribute(r, "Target")?.replace(/^\/?(xl\/)?/, "xl/") === part);
    const id = relation && attribute(relation, "Id");
    const sheet = id ? read("xl/workbook.xml").match(/<(?:\w+:)?sheet\b[^>]*>/g)?.find((t) => attribute(t, "r:id") === id) : undefined;
    const name = sheet && attribute(sheet, "name");
    return name === undefined ? null : unescapeXml(name);
  } catch {
    return null;
  }
}

function mb(bytes: number): number {
  return Math.round((bytes / 1024 / 1024) * 100) / 100;
}
