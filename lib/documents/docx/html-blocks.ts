import { Parser } from "htmlparser2";
import type { Block } from "../model";
import { cleanLine, joinLines } from "./join-lines";
import { expandSpans, type SpanCell } from "./span-grid";

/** What a cell holds, in order: lines of text and the tables nested in it. */
type CellItem = string | TableDraft;

interface CellDraft {
  items: CellItem[];
  colspan: number;
  rowspan: number;
}

interface TableDraft {
  rows: CellDraft[][];
  row: CellDraft[] | null;
  cell: CellDraft | null;
}

const HEADING = /^h[1-6]$/;

/**
 * The blocks of the HTML mammoth makes of a .docx: h1–h6 are headings; p and li paragraphs (a
 * line break in a paragraph starts a new one, in a heading it does not); tables are grids with
 * their merged cells expanded. A table of one cell or one column is a frame around text, not a
 * table: its content stands as paragraphs (and as the tables nested in it). A table nested in a
 * cell of a real table is flattened into the cell's text. Everything is on page 1.
 */
export function htmlBlocks(html: string): Block[] {
  const blocks: Block[] = [];
  const tables: TableDraft[] = [];
  let line = "";
  let heading = false;
  // footnote back-links ("↑") are mammoth's, not the document's
  let skipDepth = 0;

  const openCell = (): CellDraft | null => tables.at(-1)?.cell ?? null;

  const flushLine = () => {
    const cell = openCell();
    if (cell) {
      if (line.trim() !== "") cell.items.push(line);
    } else {
      const text = cleanLine(line);
      if (text !== "") blocks.push({ type: heading ? "heading" : "paragraph", page: 1, text });
    }
    line = "";
  };

  const closeRow = (table: TableDraft) => {
    if (table.cell) closeCell(table);
    if (table.row) table.rows.push(table.row);
    table.row = null;
  };
  const closeCell = (table: TableDraft) => {
    if (!table.cell) return;
    (table.row ??= []).push(table.cell);
    table.cell = null;
  };

  const parser = new Parser(
    {
      onopentag(name, attribs) {
        if (skipDepth > 0) {
          if (name === "a") skipDepth++;
          return;
        }
        if (name === "a" && /^#(footnote|endnote)-ref-/.test(attribs.href ?? "")) {
          skipDepth = 1;
          return;
        }
        const table = tables.at(-1);
        if (HEADING.test(name) || name === "p" || name === "li") {
          flushLine();
          heading = HEADING.test(name) && !openCell();
        } else if (name === "br") {
          if (heading) line += "\n";
          else flushLine();
        } else if (name === "table") {
          flushLine();
          tables.push({ rows: [], row: null, cell: null });
        } else if (table && name === "tr") {
          closeRow(table);
          table.row = [];
        } else if (table && (name === "td" || name === "th")) {
          flushLine();
          closeCell(table);
          table.cell = { items: [], colspan: span(attribs.colspan), rowspan: span(attribs.rowspan) };
        }
      },
      ontext(text) {
        if (skipDepth === 0) line += text;
      },
      onclosetag(name) {
        if (skipDepth > 0) {
          if (name === "a") skipDepth--;
          return;
        }
        const table = tables.at(-1);
        if (HEADING.test(name) || name === "p" || name === "li") {
          flushLine();
          heading = false;
        } else if (table && (name === "td" || name === "th")) {
          flushLine();
          closeCell(table);
        } else if (table && name === "tr") {
          flushLine();
          closeRow(table);
        } else if (table && name === "table") {
          flushLine();
          closeRow(table);
          tables.pop();
          const outer = openCell();
          if (outer) outer.items.push(table);
          else blocks.push(...tableBlocks(table));
        }
      },
    },
    { decodeEntities: true, lowerCaseTags: true },
  );
  parser.write(html);
  parser.end();
  flushLine();
  return blocks;
}

/** A top-level table: a grid, or the content of a frame. */
function tableBlocks(table: TableDraft): Block[] {
  const cells = table.rows.flat();
  if (table.rows.every((row) => row.length <= 1)) return cells.flatMap(frameContent);
  const rows = gridOf(table);
  return rows.length > 0 ? [{ type: "table", page: 1, rows }] : [];
}

function frameContent(cell: CellDraft): Block[] {
  return cell.items.flatMap((item): Block[] => {
    if (typeof item !== "string") return tableBlocks(item);
    const text = cleanLine(item);
    return text ? [{ type: "paragraph", page: 1, text }] : [];
  });
}

/** The table's grid, merged cells expanded, rows with no text at all left out. */
function gridOf(table: TableDraft): string[][] {
  const rows = table.rows.map((row) => row.map((cell): SpanCell => ({ text: cellText(cell), colspan: cell.colspan, rowspan: cell.rowspan })));
  return expandSpans(rows).filter((row) => row.some((c) => c !== ""));
}

/** A cell's lines joined (see joinLines); a nested table's cells follow, separated by spaces. */
function cellText(cell: CellDraft): string {
  const parts: string[] = [];
  let lines: string[] = [];
  const flush = () => {
    parts.push(joinLines(lines));
    lines = [];
  };
  for (const item of cell.items) {
    if (typeof item === "string") {
      lines.push(item);
    } else {
      flush();
      parts.push(gridOf(item).map((row) => row.filter((c) => c !== "").join(" ")).join(" "));
    }
  }
  flush();
  return parts.filter((p) => p !== "").join(" ");
}

function span(value: string | undefined): number {
  const n = value === undefined ? 1 : Number.parseInt(value, 10);
  return Number.isFinite(n) && n > 1 ? n : 1;
}
