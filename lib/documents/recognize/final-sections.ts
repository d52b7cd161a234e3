import type { SectionKey } from "@/lib/disclosure/schema";
import { compact, type Line } from "./lines";
import { isNarrativeText, looksLikeHeading, ORDINAL, PART, unwrap } from "./sections";

/**
 * A 部门决算's headings, tried in order: 三公, 机关运行经费, 政府采购, 国有资产 and 绩效 before 财政拨款
 * (“财政拨款‘三公’经费支出决算情况”), 财政拨款 before 收入支出决算总体 (“财政拨款收入支出决算总体情况”).
 */
const HEADINGS: readonly (readonly [RegExp, SectionKey])[] = [
  [/名词解释|术语解释/, "glossary"],
  [/三公/, "threePublicNotes"],
  [/机关运行经费/, "operatingNotes"],
  [/政府采购/, "procurementNotes"],
  [/国有资产|资产占用|资产占有/, "assetsNotes"],
  [/绩效/, "performanceNotes"],
  [/财政拨款|一般公共预算|政府性基金|国有资本经营|基本支出决算|项目支出决算/, "fiscalNotes"],
  [/收入支出决算总体|收支决算总体|收支总体|收入支出总体|^(?:部门)?(?:收入|支出)(?:决算)?情况/, "overview"],
  [/职能|职责/, "functions"],
  [/机构设置|单位构成|决算单位|机构构成|部门构成|单位设置|机构组成|内设机构/, "structure"],
  [/概况|基本情况/, "functions"],
  [/其他重要事项|其他事项|其他需要说明|其他说明/, "otherNotes"],
];

/** The parts of 其他重要事项 a 决算 may print as its sub-headings; each is a section of its own. */
const OWN_PARTS: ReadonlySet<SectionKey> = new Set(["threePublicNotes", "operatingNotes", "procurementNotes", "assetsNotes", "performanceNotes"]);

/** Sections whose numbered lines are list items (职能, 单位, 名词), never a section of their own. */
const LISTS: ReadonlySet<SectionKey> = new Set(["functions", "structure", "glossary"]);

/** 0 for 第二部分, 1 for 一、 or a heading marked up as such, 2 for （一）, 3 for 1. and an unmarked short line. */
function levelOf(line: Line): number {
  const text = line.text.trim();
  if (PART.test(text)) return 0;
  if (/^[一二三四五六七八九十]+[、.．]/.test(text)) return 1;
  if (/^[（(]/.test(text) && ORDINAL.test(text)) return 2;
  if (ORDINAL.test(text)) return 3;
  return line.heading ? 1 : 3;
}

/** A part's heading may be long (“第三部分 上海市XX局2024年度部门决算情况说明”). */
function isHeading(line: Line): boolean {
  return looksLikeHeading(line) || (PART.test(line.text.trim()) && line.text.length <= 60 && !/[。；;]/.test(line.text));
}

function keyOf(line: Line): SectionKey | null {
  const title = compact(line.text.replace(ORDINAL, ""));
  return HEADINGS.find(([pattern]) => pattern.test(title))?.[1] ?? null;
}

/** “五、一般公共预算财政拨款支出决算情况说明……12”: an entry of a table of contents, by its leader and page number. */
const CONTENTS_ENTRY = /(?:[.．·…]\s*){3,}\d{1,3}$/;

/**
 * Whether the heading at `i` has text of its own: a line of text follows it, at once or after
 * sub-headings each deeper than the one before (五、 → （一） → text). A table of contents prints a run
 * of headings without text.
 */
function headsText(sectionLines: readonly Line[], i: number, headings: ReadonlySet<Line>): boolean {
  for (let j = i; ; j++) {
    const next = sectionLines[j + 1];
    if (next === undefined) return false;
    if (!headings.has(next)) return true;
    if (levelOf(next) <= levelOf(sectionLines[j]!)) return false;
  }
}

/**
 * The narrative of a 部门决算 by the headings it prints (第一部分 部门概况 … 第三部分 名词解释), in the
 * printed order. Several chapters may fill one section (四、财政拨款收入支出决算总体情况 … 九、国有资本经营…
 * → fiscalNotes): the later ones keep their heading as a line. A heading opens a section at its level; a
 * deeper one stays in the text unless it names a part of 其他重要事项 (（一）机关运行经费支出情况). A table
 * between two lines ends the section before it (`tableLines`: the line numbers of the tables' titles), so
 * a table's notes are not narrative; a table of contents only opens sections without text. The units
 * listed in a table under 单位构成 are lines of that section.
 */
export function readFinalSections(lines: Line[], tableLines: readonly number[]): Partial<Record<SectionKey, string>> {
  const collected = new Map<SectionKey, Line[]>();
  // a heading kept as a line of the text; one without text of its own (a table of contents) is dropped
  const headings = new Set<Line>();
  const headingLine = (line: Line): Line => {
    const kept = { ...line, heading: true };
    headings.add(kept);
    return kept;
  };
  let current: SectionKey | null = null;
  let currentLevel = 0;
  let chapter: SectionKey | null = null;
  let previous: number | null = null;

  /** `titled`: the heading names something else than the section (重大事项 under 其他): it stays in the text. */
  const open = (key: SectionKey, line: Line, level: number, titled = false) => {
    const text = collected.get(key) ?? [];
    // headings gathered with no text under them came from a table of contents
    if (text.every((l) => headings.has(l))) text.length = 0;
    collected.set(key, text);
    if (text.length > 0 || titled) text.push(headingLine(line));
    current = key;
    // under a part, every heading opens its own section
    currentLevel = level === 0 ? Number.POSITIVE_INFINITY : level;
    if (level <= 1) chapter = key;
  };

  for (const line of lines) {
    if (previous !== null && tableLines.some((t) => t > previous! && t < line.no)) current = null;
    previous = line.no;
    // the units a 决算 covers, listed in a small table under 部门决算单位构成: a line each
    if (current === "structure" && line.cells !== null) {
      const cells = line.cells.filter((c) => c.trim() !== "");
      if (cells.length > 0) collected.get(current)!.push({ ...line, text: cells.join(" "), cells: null, heading: true });
      continue;
    }
    if (!isNarrativeText(line) || CONTENTS_ENTRY.test(line.text.trim())) continue;
    if (/^目\s*录$/.test(line.text.trim())) {
      current = chapter = null;
      continue;
    }
    if (!isHeading(line)) {
      if (current) collected.get(current)!.push({ ...line, heading: false });
      continue;
    }
    const level = levelOf(line);
    const key = keyOf(line);
    const mayOpen = current === null || level <= currentLevel || (key !== null && OWN_PARTS.has(key) && key !== current);
    if (mayOpen && key) open(key, line, level);
    else if (mayOpen && level === 0) current = chapter = null;
    else if (mayOpen && (chapter === "otherNotes" || (level <= 1 && !(current && LISTS.has(current))))) open("otherNotes", line, level, true);
    else if (current) collected.get(current)!.push(headingLine(line));
  }
  for (const [key, sectionLines] of collected) {
    collected.set(key, sectionLines.filter((l, i) => !headings.has(l) || headsText(sectionLines, i, headings)));
  }
  // in the order the text is printed (a table of contents names the sections in another order)
  const printed = [...collected].filter(([, l]) => l.length > 0).sort(([, a], [, b]) => a[0]!.no - b[0]!.no);
  const sections: Partial<Record<SectionKey, string>> = {};
  for (const [key, sectionLines] of printed) {
    const text = unwrap(sectionLines);
    if (text !== "") sections[key] = text;
  }
  return sections;
}
