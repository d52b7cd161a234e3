import { median, type Segment } from "./geometry";
import type { PageTable } from "./page-layout";
import { isAmount, STARTS_ROW } from "./patterns";
import { joinLines, splitChunks, type Chunk, type TextLine } from "./text-lines";

/** Words a character's width apart are in different columns. */
const COLUMN_GAP = 1;
/** A table of contents' page number. */
const PAGE_NUMBER = /^\d{1,3}$/;
/** Lines that stand apart on one line but are no table row. */
const LABELLED = /^(?:(?:金额)?单位|编制(?:部门|单位)|联系人|联系电话|联系方式|部门预算公开联系人)[:：]/;

/**
 * Tables without vertical rulings, found the way pdfplumber's "text" strategy finds them: runs of
 * lines whose words stand apart in columns, at least three such lines and two with figures. The
 * columns are the x-ranges the rows' words fill, split where (nearly) no data row prints anything;
 * each word goes to the column it falls in (a word spanning columns, a merged header, to the first).
 * A row is a line; lines between the same two horizontal rulings, or set closer than the rows are,
 * are one row (a wrapped cell).
 */
export function findAlignedTables(lines: TextLine[], rules: Segment[]): { tables: PageTable[]; rest: TextLine[] } {
  const tables: PageTable[] = [];
  const used = new Set<TextLine>();
  // columns may stand closer than the gap that parts a text line's chunks
  const rechunked = new Map(lines.map((l) => [{ ...l, chunks: splitChunks(l.glyphs, COLUMN_GAP) }, l]));
  for (const region of regions([...rechunked.keys()])) {
    const table = alignedTable(region, rules.filter((r) => r.horizontal));
    if (!table) continue;
    tables.push(table);
    for (const line of region) used.add(rechunked.get(line)!);
  }
  return { tables, rest: lines.filter((l) => !used.has(l)) };
}

const isRow = (line: TextLine) => line.chunks.length >= 2 && !line.chunks.some((c) => LABELLED.test(c.text));
const hasFigure = (line: TextLine) => line.chunks.slice(1).some((c) => isAmount(c.text));

/** Runs of row-like lines (single-chunk lines between them included), set in one size with no wide gaps. */
function regions(lines: TextLine[]): TextLine[][] {
  const out: TextLine[][] = [];
  let i = 0;
  while (i < lines.length) {
    if (!isRow(lines[i]!)) {
      i++;
      continue;
    }
    const region = [lines[i]!];
    let j = i + 1;
    while (j < lines.length) {
      const prev = region[region.length - 1]!;
      const line = lines[j]!;
      if (line.top - prev.bottom > 2 * prev.size || Math.abs(line.size - prev.size) > 0.2 * prev.size) break;
      if (isRow(line)) {
        region.push(line);
        j++;
        continue;
      }
      // a label-only row or a wrapped cell, when a row follows closely
      const next = lines.slice(j + 1, j + 3).find(isRow);
      if (!next || next.top - line.bottom > 2 * line.size) break;
      region.push(line);
      j++;
    }
    while (region.length > 0 && !isRow(region[region.length - 1]!)) region.pop();
    const rows = region.filter(isRow);
    const contents = rows.every((l) => l.chunks.length === 2 && PAGE_NUMBER.test(l.chunks[1]!.text));
    if (rows.length >= 3 && rows.filter(hasFigure).length >= 2 && !contents) out.push(region);
    i = Math.max(j, i + 1);
  }
  return out;
}

function alignedTable(region: TextLine[], rules: Segment[]): PageTable | null {
  const data = region.filter((l) => isRow(l) && hasFigure(l));
  const spans = columnSpans(data);
  if (spans.length < 2) return null;
  const bounds = [spans[0]![0], ...spans.slice(1).map((s, i) => (spans[i]![1] + s[0]) / 2), spans[spans.length - 1]![1]];

  const cellsOf = (line: TextLine) => {
    const cells: Chunk[][] = spans.map(() => []);
    for (const chunk of line.chunks) cells[columnOf(chunk, spans)]!.push(chunk);
    return cells.map((c) => c.map((x) => x.text).join(" "));
  };
  const rows = groupRows(region, rules, bounds).map((group) => {
    const perLine = group.map(cellsOf);
    return spans.map((_, c) => joinLines(perLine.map((cells) => cells[c]!)));
  });
  return {
    top: Math.min(...region.map((l) => l.top)),
    bottom: Math.max(...region.map((l) => l.bottom)),
    columns: bounds,
    rows,
  };
}

/** The x-ranges the data rows print in: runs of x covered by more than a tenth of them. */
function columnSpans(data: TextLine[]): [number, number][] {
  const x0 = Math.floor(Math.min(...data.map((l) => l.x0)));
  const x1 = Math.ceil(Math.max(...data.map((l) => l.x1)));
  const cover = new Array<number>(x1 - x0 + 1).fill(0);
  for (const line of data) {
    for (const chunk of line.chunks) {
      for (let x = Math.floor(chunk.x0); x <= Math.ceil(chunk.x1); x++) cover[x - x0]!++;
    }
  }
  const allowed = Math.floor(data.length / 10);
  const minGap = 0.5 * median(data.map((l) => l.size));
  const spans: [number, number][] = [];
  let start: number | null = null;
  let gap = 0;
  for (let i = 0; i < cover.length; i++) {
    if (cover[i]! > allowed) {
      if (start === null) start = i;
      else if (gap > 0 && gap < minGap) {
        // a gap narrower than half a character is inside a column
      } else if (gap > 0) {
        spans.push([x0 + start, x0 + i - gap - 1]);
        start = i;
      }
      gap = 0;
    } else if (start !== null) gap++;
  }
  if (start !== null) spans.push([x0 + start, x0 + cover.length - 1 - gap]);
  return spans;
}

/** The column a chunk belongs to: the one it overlaps most, or the first of several it spans. */
function columnOf(chunk: Chunk, spans: [number, number][]): number {
  const overlaps = spans.map(([a, b]) => Math.max(0, Math.min(b, chunk.x1) - Math.max(a, chunk.x0)));
  const spanned = spans.findIndex(([a, b], i) => overlaps[i]! >= 0.25 * (b - a) && overlaps[i]! > 0);
  const alsoSpanned = spanned >= 0 && spans.some(([a, b], i) => i > spanned && overlaps[i]! >= 0.25 * (b - a) && overlaps[i]! > 0);
  if (alsoSpanned) return spanned;
  let best = 0;
  for (let i = 1; i < spans.length; i++) if (overlaps[i]! > overlaps[best]!) best = i;
  if (overlaps[best] === 0) {
    // in a gap: the nearest column
    const centre = (chunk.x0 + chunk.x1) / 2;
    best = spans.reduce((b, s, i) => (Math.abs((s[0] + s[1]) / 2 - centre) < Math.abs((spans[b]![0] + spans[b]![1]) / 2 - centre) ? i : b), 0);
  }
  return best;
}

/**
 * Lines grouped into rows: by the horizontal rulings across the table when every band between two
 * holds at most three lines, else a line per row, a line set closer to the one above than rows
 * are (and not starting an ordinal or code) joining it.
 */
function groupRows(region: TextLine[], rules: Segment[], bounds: number[]): TextLine[][] {
  const width = bounds[bounds.length - 1]! - bounds[0]!;
  const top = Math.min(...region.map((l) => l.top));
  const bottom = Math.max(...region.map((l) => l.bottom));
  const across = rules
    .filter((r) => r.pos > top && r.pos < bottom && Math.min(r.end, bounds[bounds.length - 1]!) - Math.max(r.start, bounds[0]!) >= 0.6 * width)
    .map((r) => r.pos)
    .sort((a, b) => a - b);
  if (across.length >= 2) {
    const bands = new Map<number, TextLine[]>();
    for (const line of region) {
      const band = across.filter((y) => y < (line.top + line.bottom) / 2).length;
      bands.set(band, [...(bands.get(band) ?? []), line]);
    }
    if ([...bands.values()].every((b) => b.length <= 3)) return [...bands.entries()].sort((a, b) => a[0] - b[0]).map(([, b]) => b);
  }
  const pitches = region.slice(1).map((l, i) => l.baseline - region[i]!.baseline);
  const pitch = median(pitches);
  const rows: TextLine[][] = [];
  region.forEach((line, i) => {
    const close = i > 0 && pitches[i - 1]! < 0.8 * pitch && !STARTS_ROW.test(line.text) && line.chunks.length === 1;
    if (close) rows[rows.length - 1]!.push(line);
    else rows.push([line]);
  });
  return rows;
}
