import Decimal from "decimal.js";
import { rowColumns } from "./canonical";
import { type ColumnHeading, columnHeading, rowLabel } from "./column-headings";
import { rowName } from "./labels";
import { KIND_LABELS } from "./list-query";
import { type DisclosureDocument, type DisclosureKind, findTable, standardTables, type TableKind, type TableRow, type ValueColumn } from "./schema";

type Side = NonNullable<TableRow["side"]>;
type Cells = (string | null)[];

/** How a figure moved from the first document's: in 元, and in % of the first to 2 decimals; null where it cannot be said. */
export interface Change {
  amount: string | null;
  percent: string | null;
}

export interface ComparedRow {
  key: string;
  /** "" for a 合计 row */
  code: string;
  /** as printed: 收入合计 / 支出合计, 本年 / 上年 (or their years) */
  name: string;
  total: boolean;
  /** per column, one figure per document; null where that document has no such row or a blank cell */
  values: Partial<Record<ValueColumn, Cells>>;
  /** per column, the change of each later document against the first (so one fewer than the documents) */
  changes: Partial<Record<ValueColumn, Change[]>>;
  /** whether any figure of this row differs between the documents */
  differs: boolean;
}

/** One side of a table (收入 or 支出 of a summary table), or the whole table where it has no sides. */
export interface ComparedPart {
  side: Side | null;
  /** the columns the disclosure page shows for this side, less those blank in every document */
  columns: ValueColumn[];
  rows: ComparedRow[];
}

export interface ComparedTable {
  kind: TableKind;
  parts: ComparedPart[];
}

/** Documents in the order a comparison reads them: oldest year first, the given order among equals. */
export const inComparisonOrder = <T extends { year: number }>(items: readonly T[]): T[] =>
  items.map((item, i) => ({ item, i })).sort((a, b) => a.item.year - b.item.year || a.i - b.i).map(({ item }) => item);

/** The change from `base` to `value`; the % is left out where the base is 0 or blank. */
export function changeBetween(base: string | null, value: string | null): Change {
  if (base === null || value === null) return { amount: null, percent: null };
  const from = new Decimal(base);
  const amount = new Decimal(value).minus(from);
  return {
    amount: amount.toFixed(2),
    percent: from.isZero() ? null : amount.dividedBy(from).times(100).toFixed(2, Decimal.ROUND_HALF_UP),
  };
}

/**
 * A row's identity across documents: its side, then its code (合计 is "total" on each side), or
 * its name where the table has no codes; a repeat within one document counts its occurrence.
 */
const identity = (r: TableRow) => `${r.side ?? ""}|${r.code ? `#${r.code}` : (r.name ?? "")}`;

export function keyedRows(rows: readonly TableRow[]): { key: string; row: TableRow }[] {
  const seen = new Map<string, number>();
  return rows.map((row) => {
    const id = identity(row);
    const n = (seen.get(id) ?? 0) + 1;
    seen.set(id, n);
    return { key: n === 1 ? id : `${id}|${n}`, row };
  });
}

/**
 * A row's label as printed. The 三公 rows carry their year where every document is of the same
 * one; across years they read 本年 / 上年 (预算数 / 决算数), each document's own.
 */
function printedName(kind: TableKind, row: TableRow, docs: readonly DisclosureDocument[]): string {
  const first = docs[0]!;
  const oneYear = docs.every((d) => d.year === first.year && d.kind === first.kind);
  if (!oneYear && (kind === "three_public" || kind === "final_three_public")) return rowName(row);
  return rowLabel({ table: kind, row, year: first.year, kind: first.kind });
}

/**
 * The rows of every document in one list: each document's rows in its own order, a row only
 * some have placed after the row it follows in its own document.
 */
export function unionOfKeys(perDoc: { key: string; row: TableRow }[][]): { key: string; row: TableRow }[] {
  const merged: { key: string; row: TableRow }[] = [];
  for (const rows of perDoc) {
    let at = -1;
    for (const r of rows) {
      const found = merged.findIndex((m) => m.key === r.key);
      if (found >= 0) at = found;
      else merged.splice(++at, 0, r);
    }
  }
  return merged;
}

const sameFigure = (a: string | null, b: string | null) => (a === null || b === null ? a === b : new Decimal(a).equals(b));

/**
 * Several disclosures table by table, as their disclosure pages show them: each side of a summary
 * table apart, every column that side shows, the rows matched by side and code (or name), and the
 * change of each later document against the first. Tables kept as printed are not compared. Pure;
 * the documents are compared in the order given (see inComparisonOrder).
 */
export function compareDisclosures(docs: readonly DisclosureDocument[]): ComparedTable[] {
  const kinds = [...new Set(docs.flatMap((d) => standardTables(d).map((t) => t.kind)))];
  return kinds.map((kind) => {
    const perDoc = docs.map((doc) => keyedRows(findTable(doc, kind)?.rows ?? []));
    const sides = [...new Set(perDoc.flat().map(({ row }) => row.side ?? null))];
    const parts = sides.map((side): ComparedPart => {
      const ofSide = perDoc.map((rows) => rows.filter(({ row }) => (row.side ?? null) === side));
      const figures = (key: string, column: ValueColumn): Cells =>
        ofSide.map((rows) => (rows.find((r) => r.key === key)?.row.values as Partial<Record<ValueColumn, string | null>> | undefined)?.[column] ?? null);
      const keys = unionOfKeys(ofSide);
      const columns = rowColumns(kind, side ?? undefined).filter((c) => keys.some(({ key }) => figures(key, c).some((v) => v !== null)));
      const rows = keys.map(({ key, row }): ComparedRow => {
        const values = Object.fromEntries(columns.map((c) => [c, figures(key, c)])) as Record<ValueColumn, Cells>;
        const changes = Object.fromEntries(columns.map((c) => [c, values[c].slice(1).map((v) => changeBetween((values[c][0] ?? null), v))]));
        const total = row.code === "total";
        return {
          key,
          code: total ? "" : (row.code ?? ""),
          name: printedName(kind, row, docs),
          total,
          values,
          changes,
          differs: columns.some((c) => values[c].some((v) => !sameFigure(v, (values[c][0] ?? null)))),
        };
      });
      return { side, columns, rows };
    });
    return { kind, parts };
  });
}

export interface ComparedDocumentHead {
  /** the department's key, DISTRICTCODE-CODE */
  departmentKey: string;
  departmentName: string;
  year: number;
  revision: number;
  kind?: DisclosureKind;
}

/**
 * What heads each document's column, as short as tells them apart: the year where one department
 * is compared over years (with the kind where it has a 预算 and a 决算 of a year), the department
 * where all are of one year, else both.
 */
export function documentLabels(heads: readonly ComparedDocumentHead[]): string[] {
  const one = (f: (h: ComparedDocumentHead) => string | number) => new Set(heads.map(f)).size === 1;
  const distinct = (f: (h: ComparedDocumentHead) => string) => new Set(heads.map(f)).size === heads.length;
  if (one((h) => h.departmentKey)) {
    if (distinct((x) => String(x.year))) return heads.map((h) => `${h.year}年`);
    if (distinct((x) => `${x.year}${x.kind}`)) return heads.map((h) => `${h.year}年${KIND_LABELS[h.kind ?? "budget"]}`);
    return heads.map((h) => `${h.year}年第 ${h.revision} 版`);
  }
  if (one((h) => h.year) && distinct((h) => h.departmentName)) return heads.map((h) => h.departmentName);
  return heads.map((h) => `${h.departmentName} ${h.year}年`);
}

/**
 * A column's heading as the documents print it. Across years, where each document heads its
 * columns with its own year, 本年 and 上年 stand in for the years.
 */
export function comparedColumnHeading({ docs, table, column, side }: { docs: readonly Pick<DisclosureDocument, "year" | "kind">[]; table: TableKind; column: ValueColumn; side: Side | null }): ColumnHeading {
  const { year, kind } = docs[0]!;
  const heading = columnHeading({ table, column, side: side ?? undefined, year, kind });
  if (docs.every((d) => d.year === year)) return heading;
  const relative = (text: string) => text.replaceAll(`${year}年`, "本年").replaceAll(`${year - 1}年`, "上年");
  // a 收支总表's “2025年收入” says no more than the side it heads once the year is gone
  return { group: side || !heading.group ? null : relative(heading.group), heading: relative(heading.heading) };
}
