import { type DisclosureDocument, type DisclosureTable, type Finding, standardTables, type TableRow } from "@/lib/disclosure/schema";
import { finding, gapMessage } from "./finding";
import { columnName, tableLabel } from "./labels";
import { cell, classCode, columnsOf, isTotalRow, plainName, rowKey, rowLabel } from "./tables";
import { sumGap } from "./tolerance";

/**
 * T3: the 合计 row equals the sum of the top-level rows: the 类 (3-digit codes) of a classified
 * table, or every other row of an uncoded list. In a two-sided summary table, the expenditure side
 * (its income side nests carry-overs under names repeated from this year's sources, so is left to X1).
 */
export function checkTotalRows(doc: DisclosureDocument): Finding[] {
  return standardTables(doc).flatMap((t) => [
    ...(t.rows.some((r) => r.side !== undefined) ? checkExpenditureSide(doc, t) : checkTable(doc, t)),
    ...(t.kind === "basic_economic" ? checkPanelTotals(doc, t) : []),
  ]);
}

/**
 * A 基本支出表 printed in two panels closes each with its own total: 人员经费合计 = 301 + 303 (工资福利,
 * 对个人和家庭的补助), 公用经费合计 = 302 + 310 (商品和服务, 资本性支出) and the 类 399 (其他支出) it may print.
 */
const PANEL_TOTALS: [RegExp, readonly string[]][] = [
  [/^人员经费(合计|小计)$/, ["301", "303"]],
  [/^公用经费(合计|小计)$/, ["302", "310", "399"]],
];

function checkPanelTotals(doc: DisclosureDocument, table: DisclosureTable): Finding[] {
  return PANEL_TOTALS.flatMap(([label, classes]) => {
    const printed = table.rows.find((r) => r.code === undefined && label.test(plainName(r.name)));
    const parts = table.rows.filter((r) => r.code !== undefined && classes.includes(r.code));
    if (!printed || parts.length === 0) return [];
    return columnsOf(table).flatMap((column) => {
      const gap = sumGap(cell(printed, column), parts.map((r) => cell(r, column)), doc.sourceUnit);
      if (gap === null) return [];
      const subject = `${tableLabel(table.kind)}${rowLabel(printed)}“${columnName(doc, table.kind, column)}”列`;
      const partsLabel = `${parts.map((r) => r.code).join("、")}各类之和`;
      return [finding("T3", gap.severity, { table: table.kind, row: rowKey(printed), column }, gapMessage(subject, gap, partsLabel, doc.sourceUnit))];
    });
  });
}

const THIS_YEAR = /^本年(支出)?(合计)?$/;
const CARRY = /结转|结余/;

/** 本年支出 = Σ expenditure rows; the side's total = 本年支出 (or those rows) + 结转下年. */
function checkExpenditureSide(doc: DisclosureDocument, table: DisclosureTable): Finding[] {
  const rows = table.rows.filter((r) => r.side === "expenditure");
  const total = rows.find((r) => r.code === "total");
  const subtotal = rows.find((r) => r !== total && THIS_YEAR.test(plainName(r.name)));
  const carry = rows.filter((r) => r !== total && r !== subtotal && CARRY.test(plainName(r.name)));
  const detail = rows.filter((r) => r !== total && r !== subtotal && !carry.includes(r));
  const checks: [TableRow | undefined, TableRow[], string][] = subtotal
    ? [[subtotal, detail, "各支出功能分类之和"], [total, [subtotal, ...carry], "本年支出与结转下年之和"]]
    : [[total, [...detail, ...carry], "各支出行之和"]];
  return checks.flatMap(([printed, parts, partsLabel]) => {
    if (!printed || parts.length === 0) return [];
    return columnsOf(table).flatMap((column) => {
      const gap = sumGap(cell(printed, column), parts.map((r) => cell(r, column)), doc.sourceUnit);
      if (gap === null) return [];
      const subject = `${tableLabel(table.kind)}支出方${rowLabel(printed)}“${columnName(doc, table.kind, column)}”列`;
      return [finding("T3", gap.severity, { table: table.kind, row: rowKey(printed), column }, gapMessage(subject, gap, partsLabel, doc.sourceUnit))];
    });
  });
}

function topLevelRows(table: DisclosureTable, total: TableRow): TableRow[] {
  const coded = table.rows.filter((r) => classCode(r) !== undefined);
  if (coded.length === 0) return table.rows.filter((r) => r !== total && !isTotalRow(r));
  const top = Math.min(...coded.map((r) => classCode(r)?.length ?? 7));
  return coded.filter((r) => classCode(r)?.length === top);
}

function checkTable(doc: DisclosureDocument, table: DisclosureTable): Finding[] {
  const total = table.rows.find(isTotalRow);
  if (total === undefined) return [];
  const top = topLevelRows(table, total);
  if (top.length === 0) return [];
  const level = classCode(top[0] as TableRow) === undefined ? "各行" : `各${levelName(top[0] as TableRow)}`;
  return columnsOf(table).flatMap((column) => {
    const gap = sumGap(cell(total, column), top.map((r) => cell(r, column)), doc.sourceUnit);
    if (gap === null) return [];
    const subject = `${tableLabel(table.kind)}${rowLabel(total)}“${columnName(doc, table.kind, column)}”列`;
    return [finding("T3", gap.severity, { table: table.kind, row: rowKey(total), column }, gapMessage(subject, gap, `${level}之和`, doc.sourceUnit))];
  });
}

function levelName(row: TableRow): string {
  const length = classCode(row)?.length;
  return length === 3 ? "类" : length === 5 ? "款" : "项";
}
