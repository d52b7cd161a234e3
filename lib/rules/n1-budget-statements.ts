import type { DisclosureDocument, Finding, TableRow } from "@/lib/disclosure/schema";
import type { BudgetedItem } from "./final-budget-figures";
import { finding } from "./finding";
import { Dec, formatAmount, ZERO } from "./money";
import { matchesAtPrecision, showInStatedUnit } from "./narrative-compare";
import { STATED_UNIT_YUAN, type Statement } from "./narrative-extract";
import { normalizeNarrative } from "./narrative-text";
import { tableLabel } from "./labels";
import { cell, findTable, plainName, rowKey, rowLabel } from "./tables";

/** A statement of the 年初预算 a 决算 was approved with, not of its 决算数. */
export const BUDGETED = /年初预算|预算数|预算为|调整预算/;

/**
 * N1 for what a 决算 narrative says of its budget: a stated 年初预算 equals the 年初预算数 of its tables
 * (or of the published budget), and “决算数大于／小于／等于预算数” agrees with the figures it states.
 */
export function checkBudgetStatements(doc: DisclosureDocument, statements: Statement[], items: BudgetedItem[]): Finding[] {
  if (doc.kind !== "final") return [];
  return [...statedBudgets(doc, statements, items), ...comparisons(doc)];
}

function statedBudgets(doc: DisclosureDocument, statements: Statement[], items: BudgetedItem[]): Finding[] {
  const seen = new Set<string>();
  return statements.flatMap((s) => {
    if (s.kind !== "level" || s.unit === "%" || !BUDGETED.test(s.quote)) return [];
    const budget = items.find((i) => i.subject === s.subject.id)?.budget;
    if (!budget || matchesAtPrecision(budget.value ?? ZERO, s) || seen.has(s.subject.id)) return [];
    seen.add(s.subject.id);
    const shown = budget.value === null ? "空白" : showInStatedUnit(doc, budget.value, s);
    return [finding("N1", "error", { table: budget.table, row: budget.row, column: budget.column },
      `说明中${s.subject.label}年初预算为 ${s.written}，${budget.label}为 ${shown}。原文：“${s.quote}”`)];
  });
}

const PAIR_AMOUNT = /(年初预算|预算数?|决算数?)(?:为|是|数为)?(\d+(?:\.\d+)?)(亿元|万元|元)/g;
const COMPARISON = /决算数?(?:比预算数?)?(大于|小于|等于|高于|低于|超过|超出|少于|多于)预算数?|决算数?[与同和]预算数?(基本)?(持平|一致|相同|相等)/;

/** “基本持平” allows the 决算数 to differ from the budget by up to 1 %. */
const ROUGHLY = new Dec("0.01");

/** The sign of 决算数 − 预算数 a comparison states. */
function statedSign(m: RegExpExecArray): { sign: -1 | 0 | 1; roughly: boolean } {
  const word = m[1];
  if (word === undefined) return { sign: 0, roughly: m[2] !== undefined };
  return { sign: /大于|高于|超过|超出|多于/.test(word) ? 1 : /小于|低于|少于/.test(word) ? -1 : 0, roughly: false };
}

/** “一般公共服务支出（类）财政事务（款）行政运行（项）”: the 项 an item of the narrative is about. */
const ITEM = /([^。；：、\d]+?)（类）([^。；：]+?)（款）([^。；：]+?)（项）/;

/** The general-budget row of a 类/款/项 path, matched by name level by level. */
function itemRow(doc: DisclosureDocument, path: RegExpExecArray): TableRow | undefined {
  const rows = findTable(doc, "general_budget_function")?.rows ?? [];
  let prefix = "";
  let found: TableRow | undefined;
  for (const [i, length] of [[1, 3], [2, 5], [3, 7]] as const) {
    const name = plainName(path[i]);
    found = rows.find((r) => r.code?.length === length && r.code.startsWith(prefix) && plainName(r.name) === name);
    if (!found?.code) return undefined;
    prefix = found.code;
  }
  return found;
}

interface Pair {
  budget: Dec;
  final: Dec;
  /** the 决算 as written, for the N1 check of the item's row */
  finalWritten: { value: Dec; unit: keyof typeof STATED_UNIT_YUAN; decimals: number; text: string };
  quote: string;
  age: number;
}

/**
 * A comparison is of the 年初预算 and 决算 stated in its sentence or the one before; an item headed by
 * its 类/款/项 also states the 决算 of that 项, which must be the general-budget table's.
 */
function comparisons(doc: DisclosureDocument): Finding[] {
  const out: Finding[] = [];
  const fmt = (v: Dec) => formatAmount(v, doc.sourceUnit);
  for (const text of Object.entries(doc.sections).filter(([k]) => k !== "glossary").map(([, v]) => v ?? "")) {
    let pair: Pair | undefined;
    let item: TableRow | undefined;
    for (const sentence of normalizeNarrative(text).split(/(?<=[。！？])/)) {
      const heading = ITEM.exec(sentence);
      if (heading) item = itemRow(doc, heading);
      const found = statedPair(sentence);
      if (found) {
        pair = found;
        if (item) out.push(...itemFinal(doc, item, found));
      } else if (pair) pair.age++;
      const m = COMPARISON.exec(sentence);
      if (!m || !pair || pair.age > 1) continue;
      const { sign, roughly } = statedSign(m);
      const diff = pair.final.minus(pair.budget);
      const ok = roughly ? diff.abs().lte(pair.budget.abs().mul(ROUGHLY)) : diff.comparedTo(0) === sign;
      if (ok) continue;
      const actual = diff.isZero() ? "两者相等" : diff.isPositive() ? "决算数大于预算数" : "决算数小于预算数";
      const where = item ? { table: "general_budget_function", row: rowKey(item), column: "total" } : {};
      out.push(finding("N1", "error", where,
        `说明称“${m[0]}”，而所述年初预算为 ${fmt(pair.budget)}、决算为 ${fmt(pair.final)}，${actual}。原文：“${pair.quote === sentence ? sentence : pair.quote + sentence}”`));
      item = undefined;
    }
  }
  return out;
}

function statedPair(sentence: string): Pair | undefined {
  let budget: Dec | undefined;
  let final: Pair["finalWritten"] | undefined;
  for (const m of sentence.matchAll(PAIR_AMOUNT)) {
    const unit = m[3] as keyof typeof STATED_UNIT_YUAN;
    const value = new Dec(m[2]!);
    if (m[1]!.startsWith("决算")) final ??= { value, unit, decimals: m[2]!.split(".")[1]?.length ?? 0, text: `${m[2]} ${unit}` };
    else budget ??= value.mul(STATED_UNIT_YUAN[unit]);
  }
  if (!budget || !final) return undefined;
  return { budget, final: final.value.mul(STATED_UNIT_YUAN[final.unit]), finalWritten: final, quote: sentence, age: 0 };
}

/** N1: the 决算 an item states equals its 项 row of the general-budget table, at the stated precision. */
function itemFinal(doc: DisclosureDocument, row: TableRow, pair: Pair): Finding[] {
  const actual = cell(row, "total") ?? ZERO;
  const { value, unit, decimals, text } = pair.finalWritten;
  if (actual.div(STATED_UNIT_YUAN[unit]).toDecimalPlaces(decimals).eq(value)) return [];
  return [finding("N1", "error", { table: "general_budget_function", row: rowKey(row), column: "total" },
    `说明中${rowLabel(row)}支出决算为 ${text}，${tableLabel("general_budget_function")}该行为 ${formatAmount(actual, doc.sourceUnit)}。原文：“${pair.quote}”`)];
}
