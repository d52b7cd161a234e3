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
    // 部门决算: the lines the national 决算 template prints on each side; the expenditure 类 are the department's own
    case "final_income_expenditure_summary":
      return [
        ...named(kind, "income", [
          "一、一般公共预算财政拨款收入",
          "二、政府性基金预算财政拨款收入",
          "三、国有资本经营预算财政拨款收入",
          "四、上级补助收入",
          "五、事业收入",
          "六、经营收入",
          "七、附属单位上缴收入",
          "八、其他收入",
          "本年收入合计",
          "使用非财政拨款结余（含专用结余）",
          "年初结转和结余",
        ]),
        total(kind, "income", "总计"),
        ...named(kind, "expenditure", ["本年支出合计", "结余分配", "年末结转和结余"]),
        total(kind, "expenditure", "总计"),
      ];
    case "final_fiscal_summary":
      return [
        ...named(kind, "income", ["一、一般公共预算财政拨款", "二、政府性基金预算财政拨款", "三、国有资本经营预算财政拨款", "本年收入合计", "年初财政拨款结转和结余"]),
        total(kind, "income", "总计"),
        ...named(kind, "expenditure", ["本年支出合计", "年末财政拨款结转和结余"]),
        total(kind, "expenditure", "总计"),
      ];
    default:
      return [total(kind)];
  }
}

/** Where a table's printed title is longer than its name: the 决算 template's 财政拨款 and 收入支出 titles. */
const PRINTED_TITLES: Partial<Record<TableKind, string>> = {
  final_three_public: "财政拨款“三公”经费支出决算表",
  final_gov_fund: "政府性基金预算财政拨款收入支出决算表",
  final_state_capital: "国有资本经营预算财政拨款收入支出决算表",
};

/** A new table of a kind with its official title and the rows every such table has. */
export function blankTable(kind: TableKind, departmentName: string): DisclosureTable {
  return { kind, title: `${departmentName}${PRINTED_TITLES[kind] ?? tableLabel(kind)}`, rows: templateRows(kind) };
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
