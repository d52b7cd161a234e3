import { keyedRows, unionOfKeys } from "./compare";
import { type Execution, execution, THREE_PUBLIC_ITEMS } from "./execution";
import { columnLabel, TABLE_LABELS } from "./labels";
import { type DisclosureDocument, findTable, type TableKind, type TableRow, type ValueColumn } from "./schema";

/** A 部门预算 table and the 部门决算 table that accounts for it, column by column. */
interface Counterpart {
  budget: TableKind;
  final: TableKind;
  /** budget column → final column */
  columns: [ValueColumn, ValueColumn][];
}

/**
 * The tables a 决算 sets against the budget, in the 决算's order. The 收支总表 and the 收入 tables
 * are left out: their lines are not the budget's (本年收入 / 年初结转和结余 against 上年结转 …).
 */
const COUNTERPARTS: Counterpart[] = [
  { budget: "expenditure_summary", final: "final_expenditure", columns: [["total", "total"], ["basic", "basic"], ["project", "project"]] },
  { budget: "general_budget_function", final: "final_general_budget_function", columns: [["total", "total"], ["basic", "basic"], ["project", "project"]] },
  { budget: "basic_economic", final: "final_basic_economic", columns: [["total", "amount"], ["personnel", "personnel"], ["publicUse", "publicUse"]] },
  { budget: "gov_fund", final: "final_gov_fund", columns: [["total", "total"], ["basic", "basic"], ["project", "project"]] },
  { budget: "state_capital", final: "final_state_capital", columns: [["total", "total"], ["basic", "basic"], ["project", "project"]] },
];

export interface BudgetFinalRow {
  key: string;
  /** "" for a 合计 row and a row without a code */
  code: string;
  name: string;
  total: boolean;
  /** per column shown, the 预算数 beside the 决算数 */
  cells: Execution[];
}

export interface BudgetFinalTable {
  /** the 决算 table's kind: its title heads the comparison */
  kind: TableKind;
  title: string;
  /** the headings of the columns compared, as the 决算 prints them */
  columns: string[];
  rows: BudgetFinalRow[];
}

const valueOf = (row: TableRow | undefined, column: ValueColumn) => (row?.values as Partial<Record<ValueColumn, string | null>> | undefined)?.[column] ?? null;

function counterpartTable(budget: DisclosureDocument, final: DisclosureDocument, c: Counterpart): BudgetFinalTable | null {
  const b = findTable(budget, c.budget);
  const f = findTable(final, c.final);
  if (!b || !f) return null;
  const perDoc = [keyedRows(f.rows), keyedRows(b.rows)];
  const keys = unionOfKeys(perDoc);
  const rowOf = (doc: number, key: string) => perDoc[doc]!.find((r) => r.key === key)?.row;
  // a column neither document fills is left out (a 基本支出表 printed as one 决算数 column)
  const columns = c.columns.filter(([bc, fc]) => keys.some(({ key }) => valueOf(rowOf(1, key), bc) !== null || valueOf(rowOf(0, key), fc) !== null));
  if (columns.length === 0) return null;
  return {
    kind: c.final,
    title: `${TABLE_LABELS[c.final]}（对照${TABLE_LABELS[c.budget]}）`,
    columns: columns.map(([, fc]) => (fc === "total" || fc === "amount" ? "合计" : columnLabel(fc))),
    rows: keys.map(({ key, row }) => {
      const total = row.code === "total";
      return {
        key,
        code: total ? "" : (row.code ?? ""),
        name: total ? (row.name ?? "合计") : (row.name ?? ""),
        total,
        cells: columns.map(([bc, fc]) => execution(valueOf(rowOf(1, key), bc), valueOf(rowOf(0, key), fc))),
      };
    }),
  };
}

/** The “三公” table as one line per item: the budget's 本年 row against the 决算's 决算数 row. */
function threePublicTable(budget: DisclosureDocument, final: DisclosureDocument): BudgetFinalTable | null {
  const current = findTable(budget, "three_public")?.rows.find((r) => r.name === "current");
  const actual = findTable(final, "final_three_public")?.rows.find((r) => r.name === "final");
  if (!current && !actual) return null;
  return {
    kind: "final_three_public",
    title: `${TABLE_LABELS.final_three_public}（对照${TABLE_LABELS.three_public}）`,
    columns: ["金额"],
    rows: THREE_PUBLIC_ITEMS.map(([column, label]) => ({
      key: column,
      code: "",
      name: label,
      total: column === "total",
      cells: [execution(valueOf(current, column), valueOf(actual, column))],
    })),
  };
}

/**
 * A department's 部门预算 against its 部门决算 of the same year, table by table: per row (matched by
 * code, or by name where a table has none) and column, the 预算数, the 决算数, their difference and
 * the 执行率. Only the tables both documents print are compared. Pure.
 */
export function compareBudgetWithFinal(budget: DisclosureDocument, final: DisclosureDocument): BudgetFinalTable[] {
  return [...COUNTERPARTS.map((c) => counterpartTable(budget, final, c)), threePublicTable(budget, final)].filter((t): t is BudgetFinalTable => t !== null);
}

/** Whether two documents are one department's budget and final of one year: what the comparison above needs. */
export const isBudgetFinalPair = (heads: readonly { kind: string; year: number; departmentKey: string }[]) =>
  heads.length === 2 && heads[0]!.year === heads[1]!.year && heads[0]!.departmentKey === heads[1]!.departmentKey && new Set(heads.map((h) => h.kind)).size === 2;
