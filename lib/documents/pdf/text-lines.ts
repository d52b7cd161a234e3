import { normalizeText } from "../normalize";
import { median, type Glyph } from "./geometry";

/** Words of a line that stand apart: a wide gap (a tab stop, a column, "编制部门：…      单位：元"). */
export interface Chunk {
  x0: number;
  x1: number;
  text: string;
  glyphs: Glyph[];
}

/** Characters sharing a baseline, left to right. */
export interface TextLine {
  x0: number;
  x1: number;
  top: number;
  bottom: number;
  baseline: number;
  /** The line's (median) font size. */
  size: number;
  /** Its characters left to right, spaces included. */
  glyphs: Glyph[];
  chunks: Chunk[];
  /** Chunks joined by two spaces, the way a text copy keeps columns apart. */
  text: string;
}

/** A gap of this many font sizes between characters is a space. */
const SPACE_GAP = 0.25;
/** A gap of this many font sizes parts chunks. */
export const CHUNK_GAP = 1.5;

/**
 * Groups characters into lines by baseline (within a third of the font size) and each line into
 * chunks at wide gaps. Fake bold (the same glyph printed two or three times a hair apart) is dropped.
 */
export function buildLines(glyphs: Glyph[], chunkGap = CHUNK_GAP): TextLine[] {
  const sorted = [...glyphs].sort((a, b) => a.baseline - b.baseline || a.x0 - b.x0);
  const groups: Glyph[][] = [];
  let current: Glyph[] = [];
  let baseline = -Infinity;
  let size = 0;
  for (const g of sorted) {
    if (current.length > 0 && Math.abs(g.baseline - baseline) <= Math.max(size, g.size) * 0.35) {
      current.push(g);
      continue;
    }
    if (current.length > 0) groups.push(current);
    current = [g];
    baseline = g.baseline;
    size = g.size;
  }
  if (current.length > 0) groups.push(current);
  return groups.map((group) => makeLine(group, chunkGap)).filter((line): line is TextLine => line !== null);
}

function makeLine(glyphs: Glyph[], chunkGap: number): TextLine | null {
  const printed = dedupe(glyphs.sort((a, b) => a.x0 - b.x0));
  const visible = printed.filter((g) => !g.space);
  if (visible.length === 0) return null;
  const chunks = splitChunks(printed, chunkGap);
  return {
    x0: visible[0]!.x0,
    x1: Math.max(...visible.map((g) => g.x1)),
    top: Math.min(...visible.map((g) => g.top)),
    bottom: Math.max(...visible.map((g) => g.bottom)),
    baseline: median(visible.map((g) => g.baseline)),
    size: median(visible.map((g) => g.size)),
    glyphs: printed,
    chunks,
    text: chunks.map((c) => c.text).join("  "),
  };
}

/** A line's characters (left to right, spaces included) cut into chunks at gaps wider than `gap` font sizes. */
export function splitChunks(printed: Glyph[], gap: number): Chunk[] {
  const chunks: Chunk[] = [];
  let chunk: Glyph[] = [];
  for (const g of printed) {
    if (g.space) continue;
    const prev = chunk[chunk.length - 1];
    if (prev && g.x0 - prev.x1 > gap * Math.max(g.size, prev.size)) {
      chunks.push(makeChunk(chunk, printed));
      chunk = [];
    }
    chunk.push(g);
  }
  if (chunk.length > 0) chunks.push(makeChunk(chunk, printed));
  return chunks;
}

function makeChunk(glyphs: Glyph[], all: Glyph[]): Chunk {
  return { x0: glyphs[0]!.x0, x1: Math.max(...glyphs.map((g) => g.x1)), text: joinGlyphs(glyphs, all), glyphs };
}

/** Ideographs, CJK punctuation, full-width forms and the radicals some fonts print in their place. */
const CJK = /[\u2e80-\u2fdf\u3000-\u303f\u3400-\u9fff\uf900-\ufaff\uff00-\uffef\u201c\u201d\u2018\u2019]/;

/**
 * Characters left to right, normalised, with a space where the PDF printed one or left a
 * space-wide gap. Between two Chinese characters a gap is a space only where it stands out from the
 * run's usual spacing: evenly spread gaps are letter spacing or a justified (distributed) cell.
 */
export function joinGlyphs(glyphs: Glyph[], all: Glyph[] = []): string {
  const spaces = all.filter((g) => g.space);
  const gaps = glyphs.slice(1).map((g, i) => g.x0 - glyphs[i]!.x1);
  const usual = median(gaps);
  let text = glyphs[0]?.text ?? "";
  for (let i = 1; i < glyphs.length; i++) {
    const prev = glyphs[i - 1]!;
    const g = glyphs[i]!;
    const gap = gaps[i - 1]!;
    const size = Math.min(g.size, prev.size);
    const printedSpace = spaces.some((s) => s.x0 >= prev.x1 - 0.5 && s.x1 <= g.x0 + 0.5);
    const wide = gap > SPACE_GAP * size && (!(CJK.test(prev.text) && CJK.test(g.text)) || gap > 2 * usual + 0.1 * size);
    if (printedSpace || wide) text += " ";
    text += g.text;
  }
  return normalizeText(text);
}

function dedupe(glyphs: Glyph[]): Glyph[] {
  const kept: Glyph[] = [];
  for (const g of glyphs) {
    const twin = kept
      .slice(-4)
      .some((k) => k.text === g.text && Math.abs(k.x0 - g.x0) < 0.3 * g.size && Math.abs(k.baseline - g.baseline) < 0.3 * g.size);
    if (!twin) kept.push(g);
  }
  return kept;
}

/**
 * A cell's or paragraph's lines joined top to bottom: nothing between Chinese characters or digits
 * (a wrapped name or figure), a space between two Latin words.
 */
export function joinLines(lines: string[]): string {
  let text = "";
  for (const line of lines) {
    const t = line.trim();
    if (t === "") continue;
    text += text !== "" && /[A-Za-z]$/.test(text) && /^[A-Za-z]/.test(t) ? " " + t : t;
  }
  return text;
}
