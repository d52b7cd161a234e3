import type { DocumentModel } from "../model";

/** One line of the document: plain text, or a table row split into cells. */
export interface Line {
  /** 1-based line number in the text, or the line's place in the document. */
  no: number;
  /** 1-based page (PDF) or sheet (workbook) it stands on. */
  page: number;
  /** The line with markup removed and cells joined by a space. */
  text: string;
  /** Cells of a table row (tab- or pipe-separated), trimmed; null for plain text. */
  cells: string[] | null;
  /** The line was marked up as a heading (`#`) or wholly bold. */
  heading: boolean;
  /** The cells were split at runs of spaces (a copy without tabs): a blank cell left no trace. */
  spaced?: boolean;
}

/** The model's blocks as the recognizer reads them: a line per text block and per table row. */
export function linesOf(model: DocumentModel): Line[] {
  const lines: Line[] = [];
  for (const block of model.blocks) {
    if (block.type !== "table") {
      lines.push({ no: block.line ?? lines.length + 1, page: block.page, text: block.text, cells: null, heading: block.type === "heading" });
      continue;
    }
    block.rows.forEach((cells, i) => {
      lines.push({
        no: block.rowLines?.[i] ?? lines.length + 1,
        page: block.rowPages?.[i] ?? block.page,
        text: cells.filter((c) => c !== "").join(" "),
        cells,
        heading: false,
      });
    });
  }
  return lines;
}

export function cleanCell(cell: string): string {
  return stripMarkdown(cell).replace(/\s+/g, " ");
}

const SPACE_RUN = /[ \u3000]{2,}|\u3000/;

/**
 * A plain line inside a table read as a row whose cells are separated by runs of spaces, as a copy
 * of the PDF text has them; null when it does not split into at least three cells.
 */
export function spacedRow(line: Line): Line | null {
  if (line.cells !== null) return null;
  const cells = line.text.split(SPACE_RUN).map(cleanCell);
  return cells.length >= 3 ? { ...line, cells, spaced: true } : null;
}

/** Removes heading marks, bold/italic markers and surrounding spaces. */
export function stripMarkdown(text: string): string {
  return text
    .replace(/^\s*#{1,6}\s+/, "")
    .replace(/\*\*|__/g, "")
    .replace(/^[\s\u3000]+|[\s\u3000]+$/g, "");
}

/** A header or label cell compared without any whitespace, as PDF extraction breaks words apart. */
export function compact(text: string): string {
  return text.replace(/[\s\u3000]+/g, "");
}
