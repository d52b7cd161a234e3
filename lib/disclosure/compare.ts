import Decimal from "decimal.js";
import { findTable, standardTables, TABLE_COLUMNS, type DisclosureDocument, type TableKind, type TableRow, type ValueColumn } from "./schema";

export interface ComparedRow {
  key: string;
  code: string;
  name: string;
  /** one per disclosure; null where it has no such row or a blank cell */
  values: (string | null)[];
  /** whether this row's figures differ between the disclosures */
  differs: boolean;
}

export interface ComparedTable {
  kind: TableKind;
  column: ValueColumn;
  rows: ComparedRow[];
}

const rowKey = (r: TableRow) => `${r.side ?? ""}|${r.code && r.code !== "total" ? r.code : (r.name ?? "")}`;

/** The column a side-by-side view compares: the table's total where it has one. */
const mainColumn = (kind: TableKind): ValueColumn => ((TABLE_COLUMNS[kind] as readonly string[]).includes("total") ? "total" : TABLE_COLUMNS[kind][0]!) as ValueColumn;

/**
 * Several disclosures table by table: the rows of every one (matched by code, or by name where a
 * table has no codes) with each one's main figure, and whether they differ. Tables kept as
 * printed are not compared. Pure.
 */
export function compareDisclosures(docs: DisclosureDocument[]): ComparedTable[] {
  const kinds = [...new Set(docs.flatMap((d) => standardTables(d).map((t) => t.kind)))];
  return kinds.map((kind) => {
    const column = mainColumn(kind);
    const keys: { key: string; code: string; name: string }[] = [];
    for (const doc of docs) {
      for (const r of findTable(doc, kind)?.rows ?? []) {
        const key = rowKey(r);
        if (!keys.some((k) => k.key === key)) keys.push({ key, code: r.code === "total" ? "" : (r.code ?? ""), name: r.code === "total" ? (r.name ?? "合计") : (r.name ?? "") });
      }
    }
    const rows = keys.map(({ key, code, name }) => {
      const values = docs.map((doc) => {
        const row = findTable(doc, kind)?.rows.find((r) => rowKey(r) === key);
        return ((row?.values as Record<string, string | null | undefined>) ?? {})[column] ?? null;
      });
      const distinct = new Set(values.map((v) => (v === null ? "" : new Decimal(v).toFixed(2))));
      return { key, code, name, values, differs: distinct.size > 1 };
    });
    return { kind, column, rows };
  });
}
