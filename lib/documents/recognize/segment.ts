import type { SourceUnit } from "@/lib/disclosure/schema";
import type { Issues } from "./issues";
import { compact, spacedRow, type Line } from "./lines";
import { codeInName, printedCode } from "./tables/codes";
import { canonicalTitle, classifyTitle, type SegmentKind } from "./tables/kinds";

/** A titled block of the document: a table, possibly continued over page breaks. */
export interface Segment {
  kind: SegmentKind;
  /** The title as printed, without 表一：/附件 prefixes. */
  title: string;
  titleLine: number;
  /** The page the title stands on. */
  page: number;
  unit: SourceUnit | null;
  /** The 编制单位 line's value, e.g. "134001-重庆市北碚区政务服务中心（本级）". */
  preparers: string[];
  rows: Line[];
  notes: string[];
}

const UNIT_LINE = /^(?:金额)?单位[:：](.*)$/;
const PREPARER_LINE = /^编制(?:单位|部门)[:：](.*)$/;
const NOTE_LINE = /^(?:备注|注|说明)[:：]\s*(.*)$/;
/** “续表”, “（续）”: a table going on over a page. */
const CONTINUED = /^[（(]?续(?:表|上表)?[)）]?$/;
/** "附件 1", "表一：" printed on a line of their own or before the title. */
export const ATTACHMENT_LABEL = /^(?:附件|附表|表)[一二三四五六七八九十\d]+[：:、.．]?$/;
const ATTACHMENT_PREFIX = /^(?:附件|附表|表)\s*[一二三四五六七八九十\d]+\s*[：:、.．]?\s*/;
const INLINE_UNIT = /[（(]?(?:金额)?单位[:：]\s*([^）)\s]*)[)）]?/;
/** The unit printed after the preparer on one line: “编制部门：XX局　　单位：元”. */
const PREPARER_UNIT = /[（(]?(?:金额)?单位[:：]\s*((?:人民币)?\s*万?元)(?![\u4e00-\u9fa5])[)）]?/;

/**
 * Splits the lines into the narrative and the table segments. In a text copy a table runs to the
 * next title (its rows may have lost their tabs: read at runs of spaces). Where the reader kept the
 * tables apart (PDF, Word, Excel), a paragraph after a table's rows ends it, and what follows is
 * narrative again: a 决算 prints its 情况说明 after the tables.
 */
export function segmentDocument(lines: Line[], issues: Issues, opts: { tablesEndAtText: boolean }): { narrative: Line[]; segments: Segment[] } {
  const segments: Segment[] = [];
  let narrativeEnd = lines.length;
  const trailing: Line[] = [];
  let current: Segment | null = null;
  let awaitingPreparer = false;

  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const title = titleAt(lines, i);
    if (title) {
      if (segments.length === 0) narrativeEnd = i;
      current = {
        kind: title.kind,
        title: title.title,
        titleLine: line.no,
        unit: null,
        page: line.page,
        preparers: [],
        rows: [],
        notes: [],
      };
      if (title.unit !== null) current.unit = readUnit(title.unit, current, issues);
      segments.push(current);
      i += title.lines - 1;
      awaitingPreparer = false;
      continue;
    }
    if (!current) {
      if (opts.tablesEndAtText && segments.length > 0) trailing.push(line);
      continue;
    }

    const text = singleText(line);
    const compacted = text === null ? null : compact(text);
    const unit = compacted?.match(UNIT_LINE);
    const preparer = compacted?.match(PREPARER_LINE);
    const note = text?.match(NOTE_LINE);
    if (unit && current.rows.length === 0) {
      current.unit = readUnit(unit[1] ?? "", current, issues);
    } else if (preparer) {
      // “编制部门：XX局      单位：元” on one line
      const inline = text!.match(PREPARER_UNIT);
      if (inline && current.rows.length === 0) current.unit = readUnit(inline[1] ?? "", current, issues);
      const value = text!.replace(PREPARER_UNIT, "").replace(/^[^:：]*[:：]\s*/, "").trim();
      if (value === "") awaitingPreparer = true;
      else current.preparers.push(value);
      continue;
    } else if (awaitingPreparer && text !== null && /^\d+\s*[-－—]/.test(text)) {
      current.preparers.push(text);
    } else if (note) {
      if (note[1]) current.notes.push(note[1]);
    } else if (line.cells !== null && (text === null || !INLINE_UNIT.test(text))) {
      current.rows.push(line);
    } else if (!opts.tablesEndAtText) {
      const spaced = spacedRow(line);
      if (spaced) current.rows.push(spaced);
    } else if (line.cells === null && current.rows.length > 0 && !unit && !CONTINUED.test(compacted ?? "")) {
      current = null;
      trailing.push(line);
    }
    awaitingPreparer = false;
  }
  return { narrative: [...lines.slice(0, narrativeEnd), ...trailing], segments: mergeContinuations(refineKinds(segments)) };
}

/** The text of a plain line or of a row with a single filled cell. */
function singleText(line: Line): string | null {
  if (line.cells === null) return line.text;
  const filled = line.cells.filter((c) => c !== "");
  return filled.length === 1 ? filled[0]! : null;
}

function readUnit(raw: string, segment: Segment, issues: Issues): SourceUnit | null {
  const unit = compact(raw).replace(/^人民币/, "");
  if (unit === "元" || unit === "万元") return unit;
  // a table the format does not hold (e.g. of vehicles) may count in other units
  if (segment.kind === "unknown") return null;
  issues.add({ table: segment.title, page: segment.page }, `表“${segment.title}”的单位“${raw.trim()}”无法识别（应为“元”或“万元”），按全文的单位读取`);
  return null;
}

interface TitleMatch {
  title: string;
  kind: SegmentKind;
  unit: string | null;
  lines: number;
}

/** A title line's text: a plain line, a row with one filled cell, or one with the title and its unit side by side. */
function titleText(line: Line): string | null {
  const single = singleText(line);
  if (single !== null || line.cells === null) return single;
  const filled = line.cells.filter((c) => c !== "");
  return filled.length === 2 && INLINE_UNIT.test(filled[1]!) ? filled.join(" ") : null;
}

/** A table title at line i (possibly wrapped onto the next line), confirmed by a unit line or rows right after it. */
function titleAt(lines: Line[], i: number): TitleMatch | null {
  const first = titleText(lines[i]!);
  if (first === null || ATTACHMENT_LABEL.test(compact(first))) return null;
  const candidates: [string, number][] = [[first, 1]];
  const next = lines[i + 1];
  // a title wrapped onto two plain lines; the first part is short and not a sentence
  if (lines[i]!.cells === null && next?.cells === null && first.length < 40 && !/[:：。；，,]|表$/.test(first)) {
    candidates.push([first + next.text, 2]);
  }
  for (const [raw, count] of candidates) {
    const unit = raw.match(INLINE_UNIT);
    const title = raw.replace(INLINE_UNIT, "").replace(ATTACHMENT_PREFIX, "").trim();
    const kind = classifyTitle(title);
    if (kind !== null && (count === 1 || kind !== "unknown") && followedByTable(lines, i + count)) {
      return { title, kind, unit: unit ? (unit[1] ?? "") : null, lines: count };
    }
  }
  return null;
}

function followedByTable(lines: Line[], from: number): boolean {
  for (let j = from; j < Math.min(lines.length, from + 4); j++) {
    const line = lines[j]!;
    const text = singleText(line);
    if (text !== null && (UNIT_LINE.test(compact(text)) || PREPARER_LINE.test(compact(text)))) return true;
    if (line.cells !== null && line.cells.filter((c) => c !== "").length >= 2) return true;
  }
  return false;
}

/** Economic-classification tables say by their codes which classification they use: 3xx 部门, 5xx 政府. */
function refineKinds(segments: Segment[]): Segment[] {
  const swap: Partial<Record<SegmentKind, [SegmentKind, SegmentKind]>> = {
    basic_economic: ["basic_economic", "basic_gov_economic"],
    basic_gov_economic: ["basic_economic", "basic_gov_economic"],
    project_economic: ["project_economic", "project_gov_economic"],
    project_gov_economic: ["project_economic", "project_gov_economic"],
  };
  for (const segment of segments) {
    const pair = swap[segment.kind];
    if (!pair) continue;
    // the code in a row's first cell (301, 30101, [501]…), not an amount further right
    const code = segment.rows
      .map((r) => r.cells![0] ?? "")
      .map((c) => codeInName(c)?.code ?? printedCode(c))
      .find((c) => /^(\d{3}|\d{5}|\d{7})$/.test(c));
    if (code?.startsWith("3")) segment.kind = pair[0];
    if (code?.startsWith("5")) segment.kind = pair[1];
  }
  return segments;
}

/** A table continued after a page break repeats its title (and header): it is one table. */
function mergeContinuations(segments: Segment[]): Segment[] {
  const merged: Segment[] = [];
  for (const segment of segments) {
    const previous = merged.at(-1);
    // a 续表 in another unit is another table: read each in its own unit
    const sameUnit = segment.unit === null || previous?.unit === null || segment.unit === previous?.unit;
    if (previous && sameUnit && continues(previous, segment)) {
      previous.unit ??= segment.unit;
      previous.rows.push(...segment.rows);
      previous.notes.push(...segment.notes);
      previous.preparers.push(...segment.preparers);
    } else {
      merged.push(segment);
    }
  }
  return merged;
}

function continues(previous: Segment, next: Segment): boolean {
  if (previous.kind !== next.kind) return false;
  if (next.kind === "overall_performance") return true;
  if (next.kind === "project_performance") {
    return !next.rows.some((r) => r.cells!.some((c) => /^(项目名称|专项资金名称|专项名称|资金名称)$/.test(compact(c))));
  }
  const firstRow = (s: Segment) => s.rows[0]?.cells?.map(compact).join("\t");
  return canonicalTitle(previous.title) === canonicalTitle(next.title) || firstRow(previous) === firstRow(next);
}
