import type { Block, TableBlock, TextBlock } from "../model";
import type { PageLayout, PageTable } from "./page-layout";
import { continues, groupLines, runText, type TextFrame, type TextRun } from "./paragraphs";
import { textFrames } from "./text-frame";
import type { TextLine } from "./text-lines";

type PageItem = { kind: "table"; table: PageTable } | { kind: "text"; run: TextRun };

/** What the last block taken holds, to carry a table or a paragraph on over the page break. */
type Open = { kind: "table"; block: TableBlock; columns: number[]; page: number } | { kind: "text"; block: TextBlock; run: TextRun; page: number } | null;

/**
 * The document's blocks in reading order, page by page. A page that begins with a table whose
 * columns match the table the previous page ended with continues that table (a repeated header is
 * dropped); a page that begins with text carrying on the paragraph the previous page ended with
 * continues that paragraph.
 */
export function documentBlocks(layouts: PageLayout[]): Block[] {
  const frames = textFrames(layouts);
  const blocks: Block[] = [];
  let open = null as Open;
  for (const layout of layouts) {
    const frame = frames.get(layout.page)!;
    const items = pageItems(layout, frame);
    for (let i = 0; i < items.length; i++) {
      const item = items[i]!;
      const carried: Open = i === 0 && open !== null && open.page === layout.page - 1 ? open : null;
      if (item.kind === "table") {
        if (carried?.kind === "table" && sameColumns(carried.columns, item.table.columns)) {
          appendRows(carried.block, item.table.rows, carried.block.page, layout.page);
          open = { kind: "table", block: carried.block, columns: item.table.columns, page: layout.page };
          continue;
        }
        const block: TableBlock = { type: "table", page: layout.page, rows: item.table.rows };
        blocks.push(block);
        open = { kind: "table", block, columns: item.table.columns, page: layout.page };
        continue;
      }
      if (carried?.kind === "text" && continues(carried.run, item.run.lines[0]!, frame, true)) {
        carried.run.lines.push(...item.run.lines);
        carried.block.text = runText(carried.run);
        open = { kind: "text", block: carried.block, run: carried.run, page: layout.page };
        continue;
      }
      const block: TextBlock = { type: item.run.type, page: layout.page, text: runText(item.run) };
      blocks.push(block);
      open = { kind: "text", block, run: item.run, page: layout.page };
    }
  }
  return blocks.map(tidy).filter((b): b is Block => b !== null);
}

/** The page's tables and text runs top to bottom; lines between two tables are grouped on their own. */
function pageItems(layout: PageLayout, frame: TextFrame): PageItem[] {
  const items: PageItem[] = [];
  const tables = [...layout.tables].sort((a, b) => a.top - b.top);
  let pending: TextLine[] = [];
  const flush = () => {
    for (const run of groupLines(pending, frame)) items.push({ kind: "text", run });
    pending = [];
  };
  let t = 0;
  for (const line of layout.lines) {
    while (t < tables.length && tables[t]!.top < line.top) {
      flush();
      items.push({ kind: "table", table: tables[t++]! });
    }
    pending.push(line);
  }
  flush();
  while (t < tables.length) items.push({ kind: "table", table: tables[t++]! });
  return items;
}

/**
 * Whether a table on the next page has the same columns: boundaries at the same places (or at the
 * same places relative to the width, printed at another scale), or as many columns within the same
 * outer edges (a browser lays a table's columns out afresh on each page).
 */
function sameColumns(a: number[], b: number[]): boolean {
  if (a.length !== b.length) return false;
  if (a.every((x, i) => Math.abs(x - b[i]!) <= 3)) return true;
  const span = (c: number[]) => c[c.length - 1]! - c[0]!;
  if (a.every((x, i) => Math.abs((x - a[0]!) / span(a) - (b[i]! - b[0]!) / span(b)) <= 0.01)) return true;
  return Math.abs(a[0]! - b[0]!) <= 3 && Math.abs(a[a.length - 1]! - b[b.length - 1]!) <= 3;
}

const compact = (row: string[]) => row.map((c) => c.replace(/\s+/g, "")).join("\u0000");

/** Appends a continuation's rows, less the leading rows that repeat the table's own leading rows. */
function appendRows(block: TableBlock, rows: string[][], firstPage: number, page: number): void {
  let repeated = 0;
  while (repeated < rows.length && repeated < block.rows.length && compact(rows[repeated]!) === compact(block.rows[repeated]!)) repeated++;
  block.rowPages ??= block.rows.map(() => firstPage);
  for (const row of rows.slice(repeated)) {
    block.rows.push(row);
    block.rowPages.push(page);
  }
}

/** Drops rows with no text and columns with no text in any row; a table left empty goes. */
function tidy(block: Block): Block | null {
  if (block.type !== "table") return block.text.trim() === "" ? null : block;
  const keep = block.rows.map((row) => row.some((c) => c.trim() !== ""));
  const rows = block.rows.filter((_, i) => keep[i]);
  if (rows.length === 0) return null;
  const width = Math.max(...rows.map((r) => r.length));
  const used = Array.from({ length: width }, (_, c) => rows.some((r) => (r[c] ?? "").trim() !== ""));
  const out: TableBlock = { type: "table", page: block.page, rows: rows.map((r) => r.filter((_, c) => used[c]).map((c) => c.trim())) };
  if (block.rowPages) out.rowPages = block.rowPages.filter((_, i) => keep[i]);
  return out;
}
