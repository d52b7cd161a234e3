import type { Block, DocumentModel, TableBlock } from "../model";
import { decodeDocumentBytes } from "./decode";
import { splitLines } from "./split-lines";

/**
 * The text layout of the published 情况说明 (and pdftotext or copy-paste of it): plain lines,
 * markdown headings, and table rows separated by tabs or pipes. Consecutive rows form one table.
 */
export function readText(bytes: Uint8Array, fileName: string): DocumentModel {
  return textModel(decodeDocumentBytes(bytes, fileName));
}

export function textModel(text: string): DocumentModel {
  const blocks: Block[] = [];
  let table: TableBlock | null = null;
  for (const line of splitLines(text.replace(/^\uFEFF/, ""))) {
    if (line.cells === null) {
      table = null;
      blocks.push({ type: line.heading ? "heading" : "paragraph", page: 1, text: line.text, line: line.no });
      continue;
    }
    if (!table) {
      table = { type: "table", page: 1, rows: [], rowLines: [] };
      blocks.push(table);
    }
    table.rows.push(line.cells);
    table.rowLines!.push(line.no);
  }
  return { format: "text", pages: 1, blocks };
}
