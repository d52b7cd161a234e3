import { plainName } from "@/lib/rules/tables";
import { isPartHeading, isSumRow } from "./row-level";
import type { TableRow } from "./schema";

/** One printed line of a 收支总表: its 收入 row beside its 支出 row; null where that side is blank. */
export interface SideLine {
  income: TableRow | null;
  expenditure: TableRow | null;
}

interface Parts {
  head: TableRow[];
  sections: TableRow[][];
  foot: TableRow[];
}

const CARRY_OVER = /^(上年结转|结转下年|年初结转和结余|年末结转和结余)$/;

/**
 * A side as the form lays it out: a 合计 printed first, the body in its parts (本年…, then the
 * carry-over), and the closing sums (收入合计, or 本年收入合计 · 上年结转 · 收入总计).
 */
function parts(rows: TableRow[]): Parts {
  const start = rows.length > 1 && isSumRow(rows[0]!) ? 1 : 0;
  const head = rows.slice(0, start);
  const rest = rows.slice(start);
  const footAt = rest.findIndex(isSumRow);
  const body = footAt < 0 ? rest : rest.slice(0, footAt);
  const foot = footAt < 0 ? [] : rest.slice(footAt);
  const sections: TableRow[][] = [];
  for (const row of body) {
    const opensPart = sections.length === 0 || (isPartHeading(row) && CARRY_OVER.test(plainName(row.name)));
    if (opensPart) sections.push([row]);
    else sections.at(-1)!.push(row);
  }
  return { head, sections, foot };
}

const lines = (income: TableRow[], expenditure: TableRow[], alignEnd = false): SideLine[] => {
  const n = Math.max(income.length, expenditure.length);
  const at = (side: TableRow[], i: number) => side[alignEnd ? i - (n - side.length) : i] ?? null;
  return Array.from({ length: n }, (_, i) => ({ income: at(income, i), expenditure: at(expenditure, i) }));
};

/**
 * The rows of a two-sided summary table (部门收支总表, 财政拨款收支总表 and their 决算 forms) paired
 * line by line as the form prints them: 收入 on the left, 支出 on the right, each part beside its
 * counterpart (二、上年结转 beside 二、结转下年), the shorter side blank below, and the closing sums
 * on the last lines, 收入总计 beside 支出总计. Pure.
 */
export function pairSides(rows: readonly TableRow[]): SideLine[] {
  const income = parts(rows.filter((r) => r.side === "income"));
  const expenditure = parts(rows.filter((r) => r.side === "expenditure"));
  const sectionCount = Math.max(income.sections.length, expenditure.sections.length);
  return [
    ...lines(income.head, expenditure.head),
    ...Array.from({ length: sectionCount }, (_, i) => lines(income.sections[i] ?? [], expenditure.sections[i] ?? [])).flat(),
    ...lines(income.foot, expenditure.foot, true),
  ];
}
