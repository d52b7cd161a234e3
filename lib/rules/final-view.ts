import type { AnyTable, DisclosureDocument, DisclosureTable, Finding, TableKind, TableRow } from "@/lib/disclosure/schema";
import { COLUMN_LABELS, TABLE_LABELS } from "@/lib/disclosure/labels";

/**
 * A 部门决算's tables are the budget's counterparts (DESIGN §4 final_*): the budget rules T1–N2 check
 * them through a view that names each as its budget kind, and their findings are named back.
 */
interface Counterpart {
  kind: TableKind;
  /** final column → the budget column the rules read */
  columns?: Partial<Record<string, string>>;
  /** final row name → budget row name; rows mapped to null are left out of the view */
  rows?: Partial<Record<string, string | null>>;
  /** on two-sided tables, the income side's column */
  incomeColumns?: Partial<Record<string, string>>;
}

const COUNTERPARTS: Partial<Record<TableKind, Counterpart>> = {
  final_income_expenditure_summary: { kind: "income_expenditure_summary" },
  final_income: { kind: "income_summary", columns: { fiscal: "generalBudget" } },
  final_expenditure: { kind: "expenditure_summary" },
  final_fiscal_summary: { kind: "fiscal_summary", incomeColumns: { total: "amount" } },
  final_general_budget_function: { kind: "general_budget_function" },
  final_basic_economic: { kind: "basic_economic", columns: { amount: "total" } },
  final_three_public: { kind: "three_public", rows: { final: "current", budget: null } },
  final_gov_fund: { kind: "gov_fund" },
  final_state_capital: { kind: "state_capital" },
};

const invert = (map: Partial<Record<string, string | null>> | undefined) =>
  Object.fromEntries(Object.entries(map ?? {}).flatMap(([k, v]) => (v ? [[v, k]] : [])));

function viewRow(row: TableRow, c: Counterpart): TableRow | null {
  const name = row.name !== undefined && c.rows && row.name in c.rows ? c.rows[row.name] : row.name;
  if (name === null) return null;
  const columns = row.side === "income" ? (c.incomeColumns ?? c.columns) : c.columns;
  const values = Object.fromEntries(Object.entries(row.values).map(([k, v]) => [columns?.[k] ?? k, v]));
  return { ...row, ...(name !== undefined ? { name } : {}), values } as TableRow;
}

function viewTable(table: AnyTable): AnyTable {
  const c = table.kind === "other" ? undefined : COUNTERPARTS[table.kind];
  if (!c || table.kind === "other") return table;
  const rows = (table as DisclosureTable).rows.flatMap((r) => viewRow(r, c) ?? []);
  return { ...table, kind: c.kind, rows } as DisclosureTable;
}

/** The 决算 as the budget rules read it. */
export function budgetView(doc: DisclosureDocument): DisclosureDocument {
  return { ...doc, tables: doc.tables.map(viewTable) };
}

const BACK = new Map(Object.entries(COUNTERPARTS).map(([finalKind, c]) => [c!.kind, { finalKind: finalKind as TableKind, c: c! }]));

/** A finding on the view, named in the 决算's own tables, rows, columns and titles. */
export function finalFinding(f: Finding): Finding {
  const back = f.table ? BACK.get(f.table as TableKind) : undefined;
  let message = f.message;
  for (const [budgetKind, { finalKind }] of BACK) message = message.split(TABLE_LABELS[budgetKind]).join(TABLE_LABELS[finalKind]);
  if (!back) return { ...f, message };
  const columns = { ...invert(back.c.columns), ...invert(back.c.incomeColumns) };
  const rows = invert(back.c.rows);
  const out: Finding = { ...f, table: back.finalKind, message };
  if (f.column && columns[f.column]) {
    out.column = columns[f.column];
    out.message = out.message.split(`“${COLUMN_LABELS[f.column] ?? f.column}”`).join(`“${COLUMN_LABELS[columns[f.column]!] ?? columns[f.column]}”`);
  }
  if (f.row && rows[f.row]) out.row = rows[f.row];
  return out;
}
