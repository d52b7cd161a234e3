import type { ColumnHeading } from "@/lib/disclosure/column-headings";
import type { RowLevel } from "@/lib/disclosure/row-level";
import type { SourceUnit, TableRow } from "@/lib/disclosure/schema";
import { formatAmount } from "@/lib/money";
import type { CompactCell, HeadingCell } from "./compact-table";

/**
 * An official table: its cells' rules, shading and figures are set once on the table (globals.css
 * `.doc-table`), not repeated on each of its hundreds of cells, which the page carries twice (as
 * markup and in the payload that hydrates it).
 */
export const TABLE = "doc-table";
const INDENT = ["", "pl-6", "pl-10"] as const;

/** The column headings of a table: a group over its run of columns (2025年预算数), the lead cells (科目编码, 科目名称) spanning both lines. */
export function headingRows(lead: { label: string; className?: string }[], headings: ColumnHeading[]): HeadingCell[][] {
  const grouped = headings.some((h) => h.group !== null);
  const runs: { group: string | null; span: number; heading: string }[] = [];
  for (const h of headings) {
    const last = runs.at(-1);
    if (last && h.group !== null && last.group === h.group) last.span++;
    else runs.push({ group: h.group, span: 1, heading: h.heading });
  }
  const bothLines = grouped ? { rowSpan: 2 } : null;
  const first: HeadingCell[] = [
    ...lead.map((l) => ({ text: l.label, ...bothLines, className: `text-left ${l.className ?? ""}`.trim() })),
    ...runs.map((r): HeadingCell => (r.group !== null ? { text: r.group, scope: "colgroup", colSpan: r.span } : bothLines ? { text: r.heading, ...bothLines } : r.heading)),
  ];
  return grouped ? [first, headings.filter((h) => h.group !== null).map((h) => h.heading)] : [first];
}

/**
 * A cell in its shortest form: the bare text, or the text with what it has of a class, an anchor id
 * and the lines it spans.
 */
export function cell(text: string, { className = "", id = "", rowSpan = 0 }: { className?: string; id?: string | undefined; rowSpan?: number } = {}): CompactCell {
  if (rowSpan > 1) return [text, className, id, rowSpan];
  if (id) return [text, className, id];
  return className ? [text, className] : text;
}

/** A row's name as its level prints it: 类 and the sums bold, 款 indented once, 项 twice. */
export const rowHeadingCell = (level: RowLevel, text: string): CompactCell =>
  cell(text, { className: [INDENT[level.depth], level.strong ? "font-semibold" : ""].filter(Boolean).join(" ") });

/** An amount in the unit shown, blank when blank; its anchor id, if any, is where a finding's link goes (the jump makes it focusable). */
export const amountCell = (id: string | undefined, yuan: string | null | undefined, unit: SourceUnit): CompactCell => cell(formatAmount(yuan ?? null, { unit }), { id });

/** A row's cells without its trailing blank ones, which a CompactTable given the row's width fills in. */
export function withoutTrailingBlanks(cells: CompactCell[]): CompactCell[] {
  let end = cells.length;
  while (end > 0 && cells[end - 1] === "") end--;
  return cells.slice(0, end);
}

/** What a finding calls a row: its code, else its name. */
export const rowRef = (row: TableRow) => row.code ?? row.name ?? "";
