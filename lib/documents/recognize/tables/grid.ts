import { looksLikeNumber } from "@/lib/money";
import { compact, type Line } from "../lines";
import type { Segment } from "../segment";
import { unplacedRow, type TableContext } from "./context";

/** A column of a table, named by its header cells from top to bottom (merged cells filled in). */
export interface Column {
  index: number;
  /** Header labels without spaces, outermost first; empty levels dropped. */
  labels: string[];
  /** The innermost label as printed, for messages. */
  printed: string;
}

export interface Grid {
  columns: Column[];
  /** Data rows, header rows (also those repeated after a page break) removed. */
  rows: Line[];
}

const HEADER_WORDS =
  /^(科目编码|科目名称|科目|编码|名称|项目|项目名称|项目编号|项目编码|序号|部门编码|部门名称|单位编码|单位名称|预算单位|功能分类科目|经济分类科目|类|款|项|预算数|金额)$/;
const ORDINAL = /^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[)）])/;

/** Splits a segment's rows into header and data and names the columns. */
export function buildGrid(segment: Segment, ctx: TableContext): Grid {
  // 决算 tables number their columns in a 栏次 row (1, 2, 3 …): not data
  const rows = segment.rows.filter((r) => !r.cells!.some((c) => compact(c) === "栏次"));
  let headerCount = 0;
  // a caption over the whole header (财政拨款“三公”经费) is one label alone on its row
  const caption = (cells: string[]) => cells.filter((c) => c.trim() !== "").length === 1 && !cells.some(looksLikeNumber);
  while (
    headerCount < rows.length &&
    headerCount < 5 &&
    (isHeaderRow(rows[headerCount]!.cells!) || (headerCount === 0 && caption(rows[0]!.cells!) && rows[1] !== undefined && isHeaderRow(rows[1].cells!)))
  ) {
    headerCount++;
  }
  const header = rows.slice(0, headerCount).map((r) => r.cells!);
  const columns = nameColumns(header);
  const body = rows.slice(headerCount);
  // an empty table may print its 合计 on the header's last line (合计 | | 合计 | 基本支出 | 项目支出): a blank total row
  const lastHeader = rows[headerCount - 1];
  const mergedTotal = lastHeader?.cells!.findIndex((c, i) => i < 2 && TOTAL_LABEL.test(compact(c))) ?? -1;
  if (lastHeader && mergedTotal >= 0 && body.length === 0) {
    columns[mergedTotal]!.labels = columns[mergedTotal]!.labels.filter((l) => !TOTAL_LABEL.test(l));
    body.push({ ...lastHeader, cells: lastHeader.cells!.map((c, i) => (i === mergedTotal ? c : "")) });
  }
  if (body[0]) body[0] = withInlineCodeLabels(body[0], columns);
  const data = withoutRepeatedHeader(body, header).flatMap((row, i) => aligned(row, columns.length, i + 1, ctx) ?? []);
  return { columns, rows: data };
}

const TOTAL_LABEL = /^(合计|总计)$/;

/**
 * A row split at runs of spaces lost its blank cells, so its cells sit under the right columns only
 * when it has one per column, or it is the 合计 row whose label spans the code and name columns.
 * Anything else cannot be placed: it is reported (I1) rather than read into the wrong columns.
 */
function aligned(row: Line, width: number, rowNumber: number, ctx: TableContext): Line | null {
  const cells = row.cells!;
  if (!row.spaced || width === 0 || cells.length === width) return row;
  if (cells.length === width - 1 && TOTAL_LABEL.test(compact(cells[0] ?? ""))) {
    return { ...row, cells: [cells[0]!, "", ...cells.slice(1)] };
  }
  unplacedRow(ctx, row, rowNumber, `以空格分隔，有 ${cells.length} 个单元格而表头有 ${width} 列，无法确定空白单元格属于哪一列`);
  return null;
}

/**
 * A 决算 table may print its 类 | 款 | 项 header labels on the 合计 row's line: they name the code
 * columns (added to their labels) and are not part of the row.
 */
function withInlineCodeLabels(row: Line, columns: Column[]): Line {
  const cells = row.cells!;
  const labelled = cells.map((c, i) => (/^[类款项]$/.test(compact(c)) ? i : -1)).filter((i) => i >= 0);
  if (labelled.length < 2) return row;
  for (const i of labelled) {
    const column = columns[i];
    if (column && column.labels.at(-1) !== compact(cells[i]!)) column.labels.push(compact(cells[i]!));
  }
  return { ...row, cells: cells.map((c, i) => (labelled.includes(i) ? "" : c)) };
}

function isHeaderRow(cells: string[]): boolean {
  const filled = cells.map(compact).filter((c) => c !== "");
  if (filled.length === 0) return false;
  if (filled.some((c) => looksLikeNumber(c) || ORDINAL.test(c))) return false;
  if (filled.length > 2) return true;
  // a 合计 row of an empty table fills only its label
  if (cells.slice(0, 2).some((c) => /^(合计|总计)$/.test(compact(c)))) return false;
  if (cells.slice(2).some((c) => c.trim() !== "")) return true;
  return filled.every((c) => HEADER_WORDS.test(c) || /^\d{4}年/.test(c) || /(?:科目|分类)(?:编码|代码|名称)$/.test(c));
}

function nameColumns(header: string[][]): Column[] {
  const width = Math.max(0, ...header.map((r) => r.length));
  const filled: string[][] = [];
  header.forEach((row, level) => {
    const above = filled[level - 1];
    const out: string[] = [];
    for (let c = 0; c < width; c++) {
      const cell = row[c] ?? "";
      // a label above the last header row spans the empty cells to its right (a merged cell), within
      // the group the row above puts them in: “合计” under no group label does not take “科目名称”
      const sameGroup = c > 0 && (above === undefined || above[c] === above[c - 1]);
      out.push(cell !== "" || level === header.length - 1 || !sameGroup ? cell : out[c - 1]!);
    }
    filled.push(out);
  });
  const columns: Column[] = [];
  for (let c = 0; c < width; c++) {
    const printed = filled.map((row) => row[c] ?? "").filter((l) => l !== "");
    columns.push({ index: c, labels: dedupe(printed.map(compact)), printed: printed.at(-1) ?? "" });
  }
  return columns;
}

function dedupe(labels: string[]): string[] {
  return labels.filter((l, i) => l !== labels[i - 1]);
}

/** Drops header rows repeated inside the data after a page break. */
function withoutRepeatedHeader(rows: Line[], header: string[][]): Line[] {
  if (header.length === 0) return rows;
  const key = (cells: string[]) => cells.map(compact).join("\t").replace(/\t+$/, "");
  const headerKeys = header.map(key);
  const out: Line[] = [];
  for (let i = 0; i < rows.length; i++) {
    if (key(rows[i]!.cells!) === headerKeys[0]) {
      let k = 1;
      while (k < headerKeys.length && rows[i + 1] && key(rows[i + 1]!.cells!) === headerKeys[k]) {
        i++;
        k++;
      }
      continue;
    }
    out.push(rows[i]!);
  }
  return out;
}

/** The cell of a row in a column, "" when the row is shorter. */
export function cellAt(row: Line, column: Column): string {
  return row.cells![column.index] ?? "";
}
