import type { DisclosureTable, TableRow } from "@/lib/disclosure/schema";
import { TABLE_COLUMNS } from "@/lib/disclosure/schema";
import { rowName } from "./labels";
import { toDec, type Dec } from "./money";

export { findTable } from "@/lib/disclosure/schema";

export type Side = "income" | "expenditure";

export function columnsOf(table: DisclosureTable): readonly string[] {
  return TABLE_COLUMNS[table.kind];
}

export function cell(row: TableRow | undefined, column: string): Dec | null {
  return toDec((row?.values as Record<string, string | null | undefined> | undefined)?.[column]);
}

/** Where a finding points: the row's code, else its name. */
export function rowKey(row: TableRow): string {
  return row.code ?? row.name ?? "";
}

export function rowLabel(row: TableRow): string {
  if (row.code === "total") return /^(合计|总计)$/.test(plainName(row.name)) || !row.name ? "合计行" : `合计行“${row.name}”`;
  return `“${[row.code, rowName(row)].filter(Boolean).join(" ")}”行`;
}

/** A code of the function or economic classification: 类 (3 digits), 款 (5) or 项 (7). */
export const CLASS_CODE = /^(\d{3}|\d{5}|\d{7})$/;

/** A 类/款/项 code of the function or economic classification, or undefined. */
export function classCode(row: TableRow): string | undefined {
  return row.code !== undefined && CLASS_CODE.test(row.code) ? row.code : undefined;
}

const ORDINAL_PREFIX = /^\s*(?:[（(][一二三四五六七八九十百]+[）)]|[一二三四五六七八九十百]+[、.．]|\d+[、.．](?!\d))\s*/;

/** A row or subject name without its ordinal (“（三）”, “十一、”) and blanks, for matching. */
export function plainName(name: string | undefined): string {
  return (name ?? "").replace(ORDINAL_PREFIX, "").replace(/\s+/g, "");
}

const TOTAL_NAME = /^(合计|总计)$/;

export function isTotalRow(row: TableRow): boolean {
  return row.code === "total" || (row.code === undefined && TOTAL_NAME.test(plainName(row.name)));
}

export function totalRow(table: DisclosureTable | undefined): TableRow | undefined {
  return table?.rows.find((r) => r.side === undefined && isTotalRow(r));
}

/**
 * The grand total of one side of a two-sided summary table: the `total` row of that side, else
 * “…总计” (which includes carry-overs) before “…合计”.
 */
export function sideTotal(table: DisclosureTable | undefined, side: Side): TableRow | undefined {
  const rows = table?.rows.filter((r) => r.side === side) ?? [];
  return (
    rows.find((r) => r.code === "total") ??
    rows.find((r) => /总计$/.test(plainName(r.name))) ??
    rows.find((r) => /合计$/.test(plainName(r.name)))
  );
}

/** The value rows of a 类 (3-digit) level, by code. */
export function classRows(table: DisclosureTable | undefined, side?: Side): Map<string, TableRow> {
  const out = new Map<string, TableRow>();
  for (const row of table?.rows ?? []) {
    if (side !== undefined && row.side !== side) continue;
    const code = classCode(row);
    if (code?.length === 3 && !out.has(code)) out.set(code, row);
  }
  return out;
}
