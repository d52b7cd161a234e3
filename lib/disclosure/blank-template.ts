import { checkRequiredTables } from "@/lib/rules/r1-required-tables";
import { rowColumns } from "./canonical";
import { tableLabel } from "./labels";
import { emptyDocument } from "./next-year";
import { type DisclosureKind, type DisclosureTable, type TableKind, type TableRow } from "./schema";

type Side = NonNullable<TableRow["side"]>;

/** Every cell a row of this kind (and side) carries, blank. */
export const blankValues = (kind: TableKind, side?: Side): TableRow["values"] => Object.fromEntries(rowColumns(kind, side).map((c) => [c, null]));

const blankRow = (kind: TableKind, fields: Omit<TableRow, "values">): TableRow => ({ ...fields, values: blankValues(kind, fields.side) });
const total = (kind: TableKind, side?: Side, name = "合计") => blankRow(kind, { code: "total", name, ...(side ? { side } : {}) });
const named = (kind: TableKind, side: Side, names: string[]) => names.map((name) => blankRow(kind, { name, side }));

/** The rows every table of a kind prints before anything is filled in, as Chongqing's district template lays them out. */
function templateRows(kind: TableKind): TableRow[] {
  switch (kind) {
    case "three_public":
      return ["prior", "current"].map((name) => blankRow(kind, { name }));
    case "final_three_public":
      return ["budget", "final"].map((name) => blankRow(kind, { name }));
    case "income_expenditure_summary":
      return [
        total(kind, "income"),
        ...named(kind, "income", ["一般公共预算资金", "政府性基金预算资金", "国有资本经营预算资金", "财政专户管理资金", "事业收入资金", "上级补助收入资金", "附属单位上缴收入资金", "事业单位经营收入资金", "其他收入资金"]),
        total(kind, "expenditure"),
      ];
    case "fiscal_summary":
      return [
        ...named(kind, "income", ["本年收入", "一般公共预算资金", "政府性基金预算资金", "国有资本经营预算资金", "上年结转"]),
        total(kind, "income", "收入合计"),
        ...named(kind, "expenditure", ["本年支出", "结转下年"]),
        total(kind, "expenditure", "支出合计"),
      ];
    case "final_income_expenditure_summary":
    case "final_fiscal_summary":
      return [total(kind, "income"), total(kind, "expenditure")];
    default:
      return [total(kind)];
  }
}

/** A new table of a kind with its official title and the rows every such table has. */
export function blankTable(kind: TableKind, departmentName: string): DisclosureTable {
  return { kind, title: `${departmentName}${tableLabel(kind)}`, rows: templateRows(kind) };
}

/**
 * The tables R1 requires of a disclosure of this kind, in R1's order: those it finds missing
 * from a document that has none, so that the list is R1's own.
 */
export function requiredTableKinds(kind: DisclosureKind): TableKind[] {
  const none = emptyDocument({ district: "", department: { code: "", name: "" }, year: 2000, kind });
  return checkRequiredTables(none).flatMap((f) => (f.table ? [f.table as TableKind] : []));
}

/** The tables a blank draft starts with: every one R1 requires, each with its template rows. */
export function blankTables(kind: DisclosureKind, departmentName: string): DisclosureTable[] {
  return requiredTableKinds(kind).map((k) => blankTable(k, departmentName));
}
