import Decimal from "decimal.js";
import { classCode } from "@/lib/rules/tables";
import { type CarryOver, isReadOnlyCell } from "./carry-over";
import { type DisclosureTable, TABLE_COLUMNS, type TableRow, type ValueColumn } from "./schema";

/** A cell of a row, in 元; null when blank or absent. */
export const cellOf = (row: TableRow, column: ValueColumn): string | null => (row.values as Partial<Record<ValueColumn, string | null>>)[column] ?? null;

export interface ComputedCell {
  /** Σ of the row's children (or of the 类 for the 合计 row), in 元 */
  sum: string;
  /** the typed value is not the sum (a blank typed value differs from any sum) */
  differs: boolean;
}
export type ComputedRow = Partial<Record<ValueColumn, ComputedCell>>;

function childrenOf(rows: TableRow[], row: TableRow): TableRow[] {
  const code = row.code ?? "";
  const coded = rows.filter((r) => r.side === row.side && classCode(r) !== undefined);
  if (code === "total") return coded.filter((r) => r.code!.length === 3);
  if (classCode(row) === undefined || code.length === 7) return [];
  const direct = coded.filter((r) => r.code!.length === code.length + 2 && r.code!.startsWith(code));
  return direct.length || code.length !== 3 ? direct : coded.filter((r) => r.code!.length === 7 && r.code!.startsWith(code));
}

/**
 * Live sums of a table: each 类 = Σ 款 (or Σ 项 when it lists no 款), each 款 = Σ 项, the 合计
 * row = Σ 类; keyed by row index. Rows without children, and columns where every child is
 * blank, have no computed value.
 */
export function computedSums(table: DisclosureTable): Map<number, ComputedRow> {
  const out = new Map<number, ComputedRow>();
  table.rows.forEach((row, index) => {
    const children = childrenOf(table.rows, row);
    if (children.length === 0) return;
    const computed: ComputedRow = {};
    for (const column of TABLE_COLUMNS[table.kind]) {
      const given = children.map((c) => cellOf(c, column)).filter((v): v is string => v !== null);
      if (given.length === 0) continue;
      const sum = given.reduce((acc, v) => acc.plus(v), new Decimal(0));
      const typed = cellOf(row, column);
      computed[column] = { sum: sum.toFixed(2), differs: typed === null || !sum.equals(typed) };
    }
    out.set(index, computed);
  });
  return out;
}

/** The table with every computed parent and 合计 cell set to its sum. */
export function fillComputed(table: DisclosureTable): DisclosureTable {
  let rows = table.rows;
  // deepest level first, so that a 类 sums 款 already filled from their 项
  for (const length of [5, 3, 0]) {
    const sums = computedSums({ ...table, rows });
    rows = rows.map((row, i) => {
      const matches = length === 0 ? row.code === "total" : classCode(row)?.length === length;
      const computed = sums.get(i);
      if (!matches || !computed) return row;
      const values = { ...row.values };
      for (const [column, cell] of Object.entries(computed)) (values as Record<string, string | null>)[column] = cell.sum;
      return { ...row, values };
    });
  }
  return { ...table, rows };
}

/** A cell the contact typed or pasted: its row's index in the table and its column. */
export interface CellRef {
  row: number;
  column: ValueColumn;
}

/** The indexes of the rows a row sums into: its 款, its 类, the 合计. */
function ancestorsOf(rows: TableRow[], index: number): number[] {
  const found = new Set<number>();
  const queue = [rows[index]!];
  while (queue.length) {
    const child = queue.shift()!;
    rows.forEach((row, i) => {
      if (!found.has(i) && childrenOf(rows, row).includes(child)) {
        found.add(i);
        queue.push(row);
      }
    });
  }
  return [...found];
}

const depth = (row: TableRow) => (row.code === "total" ? 0 : (row.code?.length ?? 0));

/** Sets each listed cell to the Σ of its row's children, deepest rows first so a 类 sums 款 already updated. */
function resum(table: DisclosureTable, targets: CellRef[]): DisclosureTable {
  const rows = [...table.rows];
  for (const { row: index, column } of [...targets].sort((a, b) => depth(rows[b.row]!) - depth(rows[a.row]!))) {
    const row = rows[index]!;
    const given = childrenOf(rows, row)
      .map((c) => cellOf(c, column))
      .filter((v): v is string => v !== null);
    const sum = given.length ? given.reduce((acc, v) => acc.plus(v), new Decimal(0)).toFixed(2) : null;
    if (sum !== cellOf(row, column)) rows[index] = { ...row, values: { ...row.values, [column]: sum } };
  }
  return { ...table, rows };
}

/**
 * Live sums after the contact typed or pasted `edited` cells: the rows above them (款, 类, 合计)
 * are recomputed in the edited columns only. Every other cell keeps what it holds — a cell the
 * contact entered, a read-only cell (上年数), any column nobody touched — even where it differs
 * from the Σ of its children.
 */
export function sumAncestors(table: DisclosureTable, edited: readonly CellRef[], readOnly: CarryOver["readOnly"] = []): DisclosureTable {
  const entered = new Set(edited.map((c) => `${c.row}:${c.column}`));
  const targets = new Map<string, CellRef>();
  for (const { row, column } of edited) {
    if (isReadOnlyCell(readOnly, table.kind, column, table.rows[row]!)) continue;
    for (const ancestor of ancestorsOf(table.rows, row)) {
      const key = `${ancestor}:${column}`;
      if (!entered.has(key) && !isReadOnlyCell(readOnly, table.kind, column, table.rows[ancestor]!)) targets.set(key, { row: ancestor, column });
    }
  }
  return targets.size ? resum(table, [...targets.values()]) : table;
}

/** The table without a row; the rows it summed into are recomputed in the columns where it had an amount, read-only ones aside. */
export function removeRow(table: DisclosureTable, index: number, readOnly: CarryOver["readOnly"] = []): DisclosureTable {
  const removed = table.rows[index]!;
  const columns = TABLE_COLUMNS[table.kind].filter((c) => cellOf(removed, c) !== null && !isReadOnlyCell(readOnly, table.kind, c, removed));
  const ancestors = ancestorsOf(table.rows, index).map((i) => (i > index ? i - 1 : i));
  const rest = { ...table, rows: table.rows.filter((_, i) => i !== index) };
  const targets = ancestors.flatMap((row) => columns.filter((column) => !isReadOnlyCell(readOnly, table.kind, column, rest.rows[row]!)).map((column) => ({ row, column })));
  return targets.length ? resum(rest, targets) : rest;
}
