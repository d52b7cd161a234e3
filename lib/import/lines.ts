/** One line of the document: plain text, or a table row split into cells. */
export interface Line {
  /** 1-based line number in the text. */
  no: number;
  /** The line with markup removed and cells joined by a space. */
  text: string;
  /** Cells of a table row (tab- or pipe-separated), trimmed; null for plain text. */
  cells: string[] | null;
  /** The line was marked up as a heading (`#`) or wholly bold. */
  heading: boolean;
  /** The cells were split at runs of spaces (a copy without tabs): a blank cell left no trace. */
  spaced?: boolean;
}

const HTML_TAG = /<\/?[a-zA-Z][^<>]*>/g;
const MARKDOWN_RULE = /^:?-{2,}:?$/;

/** Splits the text into lines, dropping blank lines and markdown table rules. */
export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  text.split(/\r\n|\r|\n|\f/).forEach((raw, index) => {
    const line = raw.replace(HTML_TAG, " ").replace(/\u00a0/g, " ");
    const cells = splitCells(line);
    if (cells) {
      if (cells.every((c) => c === "" || MARKDOWN_RULE.test(c))) return;
      lines.push({ no: index + 1, text: cells.filter((c) => c !== "").join(" "), cells, heading: false });
      return;
    }
    const plain = stripMarkdown(line);
    if (plain !== "") lines.push({ no: index + 1, text: plain, cells: null, heading: isMarkdownHeading(line) });
  });
  return lines;
}

function splitCells(line: string): string[] | null {
  if (line.includes("\t")) return line.split("\t").map(cleanCell);
  const trimmed = line.trim();
  if (trimmed.length > 1 && trimmed.startsWith("|") && trimmed.endsWith("|")) {
    return trimmed.slice(1, -1).split("|").map(cleanCell);
  }
  return null;
}

function cleanCell(cell: string): string {
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

function isMarkdownHeading(raw: string): boolean {
  return /^\s*#{1,6}\s/.test(raw) || /^\s*\*\*[^*]+\*\*\s*$/.test(raw);
}
