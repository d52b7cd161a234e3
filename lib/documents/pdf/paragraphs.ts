import type { TextLine } from "./text-lines";
import { joinLines } from "./text-lines";

/** Where a page's body text starts and ends, and the size most of the document's text is set in. */
export interface TextFrame {
  left: number;
  right: number;
  bodySize: number;
}

/** A run of lines read as one heading or paragraph. */
export interface TextRun {
  type: "heading" | "paragraph";
  lines: TextLine[];
}

/** A numbered item or section starts a block: "1." "2、" "（一）" "一、" "第一部分" "①". */
const NUMBERED = /^(?:\d{1,2}\s*[.、．](?!\d)|[（(]\s*[一二三四五六七八九十\d]{1,3}\s*[)）]|[一二三四五六七八九十]{1,3}\s*[、.．]|第[一二三四五六七八九十]+[部分章节条]|[①-⑳])/;
const TABLE_TITLE = /表$/;
const UNIT = /^[（(]?(?:金额)?单位[:：]/;
const PREPARER = /^编制(?:部门|单位)[:：]/;

/**
 * A table's title and its "单位：万元" printed on one line: two lines, so the title is a block of
 * its own. ("编制部门：…      单位：元" stays one line: the recognizer reads both from it.)
 */
function titleAndUnit(line: TextLine): TextLine[] {
  if (line.chunks.length < 2 || !UNIT.test(line.chunks[line.chunks.length - 1]!.text) || line.chunks.some((c) => PREPARER.test(c.text))) return [line];
  return line.chunks.map((chunk) => ({ ...line, x0: chunk.x0, x1: chunk.x1, glyphs: chunk.glyphs, chunks: [chunk], text: chunk.text }));
}

/**
 * Groups consecutive lines into paragraphs the way they were typeset: a line that runs to the right
 * margin continues on the next one, unless that one is indented, numbered or set differently; a
 * centred, larger or table-title line stands alone (a wrapped centred title is joined).
 */
export function groupLines(lines: TextLine[], frame: TextFrame): TextRun[] {
  const runs: TextRun[] = [];
  for (const line of lines.flatMap(titleAndUnit)) {
    const run = runs[runs.length - 1];
    if (run && continues(run, line, frame)) {
      if (wrappedTitle(run, line, frame)) run.type = "heading";
      run.lines.push(line);
    } else {
      runs.push({ type: isHeading(line, frame) ? "heading" : "paragraph", lines: [line] });
    }
  }
  return runs;
}

export function runText(run: TextRun): string {
  return joinLines(run.lines.map((l) => l.text));
}

/** Whether `line` carries on `run` (also across a page break, when run ends a page and line starts the next). */
export function continues(run: TextRun, line: TextLine, frame: TextFrame, acrossPages = false): boolean {
  const last = run.lines[run.lines.length - 1]!;
  const size = last.size;
  if (Math.abs(line.size - size) > 0.15 * size) return false;
  if (!acrossPages && (line.top - last.bottom > 1.2 * size || line.baseline <= last.baseline)) return false;
  if (wrappedTitle(run, line, frame)) return true;
  if (run.type === "heading" || startsBlock(line, frame)) return false;
  if (last.x1 < frame.right - 1.5 * size) return false;
  if (last.chunks.length > 1 || line.chunks.length > 1) return false;
  const atMargin = Math.abs(line.x0 - frame.left) <= 0.8 * size;
  const underPrevious = run.lines.length > 1 && Math.abs(line.x0 - run.lines[1]!.x0) <= 0.5 * size;
  return atMargin || underPrevious;
}

/** A centred title too long for one line: its first line nearly fills the width, the next is centred. */
function wrappedTitle(run: TextRun, line: TextLine, frame: TextFrame): boolean {
  if ((run.type !== "heading" && run.lines.length > 1) || NUMBERED.test(line.text)) return false;
  const last = run.lines[run.lines.length - 1]!;
  const width = frame.right - frame.left;
  return centreOffset(last, frame) <= 2 * last.size && centred(line, frame) && last.x1 - last.x0 >= 0.75 * width && line.x1 - line.x0 < last.x1 - last.x0;
}

/** A centred line or a numbered item never carries on the line before it. */
function startsBlock(line: TextLine, frame: TextFrame): boolean {
  return centred(line, frame) || NUMBERED.test(line.text);
}

export function isHeading(line: TextLine, frame: TextFrame): boolean {
  if (line.size >= 1.15 * frame.bodySize) return true;
  if (centred(line, frame)) return true;
  return TABLE_TITLE.test(line.text) && line.text.length <= 40 && line.x1 < frame.right - 2 * line.size;
}

/** Centred and clearly short of both margins (a full line is centred too, but not a title). */
function centred(line: TextLine, frame: TextFrame): boolean {
  const width = frame.right - frame.left;
  return line.chunks.length === 1 && line.x0 > frame.left + 3 * line.size && centreOffset(line, frame) <= Math.max(line.size, 0.03 * width) && line.x1 - line.x0 < 0.85 * width;
}

function centreOffset(line: TextLine, frame: TextFrame): number {
  return Math.abs((line.x0 + line.x1) / 2 - (frame.left + frame.right) / 2);
}
