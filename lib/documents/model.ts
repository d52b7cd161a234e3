/**
 * The intermediate picture every reader produces and the recognizer reads: the document's pages as
 * a sequence of blocks — headings, paragraphs and tables as grids of cells — each with the page it
 * stands on. Readers know formats (PDF, DOCX, XLSX, text); the recognizer knows the disclosure
 * family. Neither knows the other.
 */

export type SourceFormat = "pdf" | "docx" | "xlsx" | "xls" | "text" | "json";

/** A line of text outside any table: a heading, a title, a 单位/编制部门 line, a narrative paragraph. */
export interface TextBlock {
  type: "heading" | "paragraph";
  /** 1-based page (PDF), sheet (workbook) or 1 for formats without pages. */
  page: number;
  /** Normalised text (full-width letters/digits/punctuation folded where a reader can; see normalize.ts). */
  text: string;
  /** 1-based line in a text file, for messages. */
  line?: number;
}

/** A table as a grid: rows of cells, top to bottom, left to right, as printed. */
export interface TableBlock {
  type: "table";
  page: number;
  /**
   * Each row's cells as printed, trimmed and normalised; "" is an empty cell. A merged cell's text
   * stands in its first (top-left) position and the cells it covers are "". Rows may differ in
   * length; readers pad them to the widest row when they can.
   */
  rows: string[][];
  /** The page each row stands on, where a table runs over pages (same length as rows); absent: all on `page`. */
  rowPages?: number[];
  /** 1-based line of each row in a text file, for messages. */
  rowLines?: number[];
}

export type Block = TextBlock | TableBlock;

export interface DocumentModel {
  format: SourceFormat;
  /** Pages (PDF), sheets (workbook), or 1. */
  pages: number;
  blocks: Block[];
}
