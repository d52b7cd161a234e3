import type { PageLayout } from "./page-layout";
import type { TextLine } from "./text-lines";

/** "3", "- 3 -", "— 3 —", "第 3 页", "第3页 共22页", "3/22", "Page 3". */
const PAGE_NUMBER = /^(?:[-—–_\s]*\d{1,4}[-—–_\s]*|第\s*\d{1,4}\s*页(?:\s*[，,]?\s*共\s*\d{1,4}\s*页)?|\d{1,4}\s*\/\s*\d{1,4}|page\s*\d{1,4}(?:\s*of\s*\d{1,4})?)$/i;
/** The top and bottom share of a page where running heads and page numbers stand. */
const MARGIN = 0.1;

/**
 * Drops page numbers and running headers/footers: a page number at the top or bottom of a page
 * (nothing printed beyond it), and a line repeated (digits aside) at the same height at the top or
 * bottom of at least three pages and half of them.
 */
export function dropPageFurniture(layouts: PageLayout[]): void {
  const repeats = new Map<string, number>();
  for (const layout of layouts) {
    const seen = new Set<string>();
    for (const line of marginLines(layout)) {
      const key = repeatKey(line);
      if (key !== null) seen.add(key);
    }
    for (const key of seen) repeats.set(key, (repeats.get(key) ?? 0) + 1);
  }
  const running = (line: TextLine) => {
    const key = repeatKey(line);
    const count = key === null ? 0 : (repeats.get(key) ?? 0);
    return count >= 3 && count >= 0.5 * layouts.length;
  };
  for (const layout of layouts) {
    const margin = new Set(marginLines(layout));
    layout.lines = layout.lines.filter((line) => !(margin.has(line) && (PAGE_NUMBER.test(line.text.trim()) || running(line))));
  }
}

/** Lines in the top or bottom margin band with no table or other text beyond them. */
function marginLines(layout: PageLayout): TextLine[] {
  const { lines, tables, height } = layout;
  const firstTable = Math.min(Infinity, ...tables.map((t) => t.top));
  const lastTable = Math.max(-Infinity, ...tables.map((t) => t.bottom));
  const out: TextLine[] = [];
  for (let i = 0; i < lines.length && lines[i]!.bottom < MARGIN * height && lines[i]!.bottom < firstTable; i++) out.push(lines[i]!);
  for (let i = lines.length - 1; i >= 0 && lines[i]!.top > (1 - MARGIN) * height && lines[i]!.top > lastTable; i--) out.push(lines[i]!);
  return out;
}

/** The same text (page numbers aside) at the same height: a running head; a unit or preparer line never is. */
function repeatKey(line: TextLine): string | null {
  if (/^[（(]?(?:金额)?单位[:：]|^编制(?:部门|单位)[:：]/.test(line.text)) return null;
  return `${Math.round(line.baseline / 3)}:` + line.text.replace(/\s+/g, "").replace(/\d+/g, "#");
}
