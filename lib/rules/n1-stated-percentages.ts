import type { DisclosureDocument, Finding } from "@/lib/disclosure/schema";
import type { BudgetedItem } from "./final-budget-figures";
import { finding, type Where } from "./finding";
import { Dec, formatAmount } from "./money";
import { STATED_UNIT_YUAN, nearestBefore, subjectMatches, type SubjectMatch } from "./narrative-extract";
import { subjectsOf } from "./narrative-subjects";
import { narrativeSentences } from "./narrative-text";

/** An amount the sentence states, in 元. */
interface Amount {
  start: number;
  end: number;
  yuan: Dec;
  /** half a unit of its last printed digit, in 元: how far the stated figure may be from the exact one */
  half: Dec;
  /** the words just before it: “年初预算为”, “减少” */
  before: string;
}

/** An operand of a percentage: stated in the sentence, else a table figure. */
interface Operand {
  yuan: Dec;
  /** 0 for a table figure, the stated amount's rounding otherwise */
  tolerance: Dec;
  where?: Where;
  /** “2,940.05 万元（说明所述）”, “2,940.05 万元（一般公共预算财政拨款支出表合计）” */
  shown: string;
}

const AMOUNT = /(\d+(?:\.\d+)?)(亿元|万元|元)/g;
const PERCENT = /(\d+(?:\.\d+)?)%/g;
const COMPLETION = /完成(?:了)?(?:年初|全年)?(?:预算|计划)(?:数)?的?$|(?:预算)?(?:执行|完成)率(?:为|达到?|是)?$/;
const CHANGE = /(增长|增加|上升|提高|下降|减少|降低|节约|压减)(?:了|约)?$/;
const SHARE = /占(?:比|比重)?(?:为|达)?$|占(.{2,24}?)的?(?:比(?:重|例))?(?:为|达)?$/;
const LIST_START = /(?:其中|主要用于以下方面|主要用于|具体(?:情况)?如下)[：:]?/g;
const BUDGET_WORD = /(?:预算|预算数|预算安排)(?:为|是|数为)?$/;
const FINAL_WORD = /(?:决算|决算数|支出|实际支出|执行)(?:为|是|数为)?$/;
const UP = /增|上升|提高/;

/**
 * N1 for the percentages a narrative states — 占 X%（share of a total), 完成年初预算的 Y%（completion),
 * 增长/下降 Z%（change) — recomputed and compared at the narrative's precision (± half a unit of the
 * last printed digit). An operand the same sentence states (its amount is checked against the tables
 * by N1 itself) is taken as stated; one it does not state is the table figure. A completion rate
 * against a 年初预算 of 0 is always an error. A change whose prior year is printed is N2's.
 */
export function checkStatedPercentages(doc: DisclosureDocument, items: BudgetedItem[] = []): Finding[] {
  const subjects = subjectsOf(doc);
  const seen = new Set<string>();
  return narrativeSentences(doc).flatMap((sentence) => {
    const matches = subjectMatches(sentence, subjects);
    const amounts = amountsOf(sentence);
    const out: Finding[] = [];
    let lastEnd = 0;
    for (const p of sentence.matchAll(PERCENT)) {
      const start = p.index;
      const stated = new Dec(p[1]!);
      const decimals = p[1]!.split(".")[1]?.length ?? 0;
      const before = sentence.slice(0, start);
      const completionAt = COMPLETION.exec(before);
      const changeAt = CHANGE.exec(before);
      const shareAt = SHARE.exec(before);
      const keyword = completionAt ?? changeAt ?? shareAt;
      if (!keyword) continue;
      // the subject and the amounts it is of stand before its keyword (“占本年支出合计的” names the whole)
      const anchor = keyword.index;
      const owner = nearestBefore(matches, anchor);
      const from = Math.max(owner?.end ?? 0, lastEnd, segmentStart(sentence, anchor));
      lastEnd = start + p[0].length;
      const context = { doc, sentence, owner, amounts: amounts.filter((a) => a.start >= from && a.end <= anchor), stated, decimals, written: p[0], at: start };
      const f = completionAt
        ? completion(context, items)
        : changeAt
          ? change(context, changeAt[1]!)
          : share(context, matches, amounts, shareAt?.[1], from, start);
      if (f && !seen.has(f.message)) {
        seen.add(f.message);
        out.push(f);
      }
    }
    return out;
  });
}

interface Context {
  doc: DisclosureDocument;
  sentence: string;
  owner: SubjectMatch | undefined;
  /** the amounts stated between the percentage's subject (or list item) and it */
  amounts: Amount[];
  stated: Dec;
  decimals: number;
  written: string;
  /** where the percentage stands in the sentence */
  at: number;
}

function amountsOf(sentence: string): Amount[] {
  return [...sentence.matchAll(AMOUNT)].map((m) => {
    const unit = STATED_UNIT_YUAN[m[2] as keyof typeof STATED_UNIT_YUAN];
    return {
      start: m.index,
      end: m.index + m[0].length,
      yuan: new Dec(m[1]!).mul(unit),
      half: halfUnit(m[1]!).mul(unit),
      before: sentence.slice(Math.max(0, m.index - 8), m.index),
    };
  });
}

/** A list item starts after “；” or after “其中：”. */
function segmentStart(sentence: string, position: number): number {
  let start = Math.max(sentence.lastIndexOf("；", position), sentence.lastIndexOf(";", position)) + 1;
  for (const m of sentence.matchAll(LIST_START)) if (m.index + m[0].length <= position) start = Math.max(start, m.index + m[0].length);
  return start;
}

/** Half a unit of the last digit of a number as written: “71.73” → 0.005, “0” → 0.5. */
function halfUnit(number: string): Dec {
  return new Dec(5).div(new Dec(10).pow((number.split(".")[1]?.length ?? 0) + 1));
}

interface TableFigure {
  value: Dec | null;
  table: string;
  row: string;
  column: string;
  label: string;
}

const statedOperand = (doc: DisclosureDocument, a: Amount): Operand => ({ yuan: a.yuan, tolerance: a.half, shown: `${formatAmount(a.yuan, doc.sourceUnit)}（说明所述）` });

function tableOperand(doc: DisclosureDocument, figure: TableFigure | undefined): Operand | undefined {
  if (!figure) return undefined;
  const yuan = figure.value ?? new Dec(0);
  return { yuan, tolerance: new Dec(0), where: { table: figure.table, row: figure.row, column: figure.column }, shown: `${formatAmount(figure.value, doc.sourceUnit)}（${figure.label}）` };
}

/** A stated amount that is its table figure rounded stands for the exact table figure. */
function operand(doc: DisclosureDocument, stated: Amount | undefined, figure: TableFigure | undefined): Operand | undefined {
  if (!stated) return tableOperand(doc, figure);
  const exact = figure?.value ?? null;
  return exact !== null && exact.minus(stated.yuan).abs().lte(stated.half) ? tableOperand(doc, figure) : statedOperand(doc, stated);
}

/**
 * part ÷ whole in percent, as a text to report when the stated percentage is outside what the operands
 * allow: their own rounding, then ± half a unit of the percentage's last digit. Undefined when it fits.
 */
function mismatch(c: Context, part: Operand, whole: Operand): string | undefined {
  const hundred = new Dec(100);
  const rate = part.yuan.div(whole.yuan).mul(hundred);
  const low = whole.yuan.plus(whole.tolerance);
  const high = whole.yuan.minus(whole.tolerance);
  const half = halfUnit(c.written.replace("%", ""));
  const min = part.yuan.minus(part.tolerance).div(low).mul(hundred).minus(half);
  const max = high.lte(0) ? null : part.yuan.plus(part.tolerance).div(high).mul(hundred).plus(half);
  if (c.stated.gte(min) && (max === null || c.stated.lte(max))) return undefined;
  const places = Math.max(c.decimals, 2);
  return `${rate.toDecimalPlaces(places).toFixed(places)}%`;
}

function report(c: Context, where: Where | undefined, what: string, recomputed: string): Finding {
  return finding("N1", "error", where ?? {}, `说明称${what} ${c.written}，按 ${recomputed}。原文：“${quote(c.sentence, c.owner?.start ?? c.at, c.at + c.written.length)}”`);
}

function completion(c: Context, items: BudgetedItem[]): Finding | undefined {
  const item = c.owner ? items.find((i) => i.subject === c.owner!.subject.id) : undefined;
  const statedBudget = c.amounts.find((a) => BUDGET_WORD.test(a.before));
  const statedFinal = [...c.amounts].reverse().find((a) => a !== statedBudget && FINAL_WORD.test(a.before));
  const budget = operand(c.doc, statedBudget, item?.budget);
  const actual = operand(c.doc, statedFinal, item?.actual);
  if (!budget || !actual) return undefined;
  const what = `${c.owner?.subject.label ?? ""}完成年初预算的`;
  const where = actual.where ?? budget.where ?? whereOf(c.doc, c.owner);
  if (budget.yuan.isZero()) return report(c, budget.where ?? where, what, `${budget.shown}计，年初预算为 0，完成率无从计算`);
  const wrong = mismatch(c, actual, budget);
  return wrong ? report(c, where, what, `决算 ${actual.shown} ÷ 年初预算 ${budget.shown}计为 ${wrong}`) : undefined;
}

function change(c: Context, verb: string): Finding | undefined {
  const subject = c.owner?.subject;
  if (!subject || subject.prior?.(c.doc)) return undefined;
  const delta = [...c.amounts].reverse().find((a) => CHANGE.test(a.before));
  if (!delta) return undefined;
  const level = c.amounts.find((a) => a.end <= delta.start && !CHANGE.test(a.before));
  const current = operand(c.doc, level, subject.current(c.doc));
  if (!current) return undefined;
  const sign = UP.test(delta.before) ? 1 : -1;
  const prior: Operand = { yuan: current.yuan.minus(delta.yuan.mul(sign)), tolerance: current.tolerance.plus(delta.half), shown: "" };
  if (prior.yuan.lte(0)) return undefined;
  const step = `${formatAmount(delta.yuan, c.doc.sourceUnit)} ÷ 上年 ${formatAmount(prior.yuan, c.doc.sourceUnit)}（本年 ${current.shown} ${sign > 0 ? "−" : "+"} 变动额）`;
  const where = current.where ?? whereOf(c.doc, c.owner);
  if (sign !== (UP.test(verb) ? 1 : -1)) return report(c, where, `${subject.label}${verb}`, `所述变动额，实为${sign > 0 ? "增加" : "减少"}`);
  const wrong = mismatch(c, statedOperand(c.doc, delta), prior);
  return wrong ? report(c, where, `${subject.label}${verb}`, `${step}计为 ${wrong}`) : undefined;
}

function share(c: Context, matches: SubjectMatch[], all: Amount[], named: string | undefined, from: number, percentAt: number): Finding | undefined {
  const part = c.amounts.at(-1);
  const own = c.owner && c.owner.end >= from ? c.owner.subject.current(c.doc) : undefined;
  const numerator = operand(c.doc, part, own);
  if (!numerator) return undefined;
  const whole = named ? namedTotal(c, all, named, percentAt) : headTotal(c, matches, all, from, part);
  if (!whole || whole.yuan.isZero()) return undefined;
  const wrong = mismatch(c, numerator, whole);
  const what = `${c.owner && c.owner.end >= from ? c.owner.subject.label : ""}占${named ? `${named}的` : ""}`;
  return wrong ? report(c, numerator.where ?? whole.where ?? whereOf(c.doc, c.owner), what, `${numerator.shown} ÷ ${whole.shown}计为 ${wrong}`) : undefined;
}

/** “占本年支出合计的”: that total as stated earlier in the sentence, else its table figure. */
function namedTotal(c: Context, all: Amount[], named: string, percentAt: number): Operand | undefined {
  for (let at = c.sentence.indexOf(named); at >= 0 && at < percentAt; at = c.sentence.indexOf(named, at + 1)) {
    const after = at + named.length;
    const stated = all.find((a) => a.start >= after && a.start <= after + 4 && a.end <= percentAt);
    if (stated) return statedOperand(c.doc, stated);
  }
  const subject = subjectsOf(c.doc).find((s) => new RegExp(`^(?:${s.pattern.source})$`).test(named));
  return tableOperand(c.doc, subject?.current(c.doc));
}

/**
 * A bare “占 X%” in a list is of the list's head: the amount stated just before the “其中：” that opens
 * the list, else the amount that opens the sentence, else the table figure of the sentence's first subject.
 */
function headTotal(c: Context, matches: SubjectMatch[], all: Amount[], from: number, part: Amount | undefined): Operand | undefined {
  const opener = [...c.sentence.matchAll(LIST_START)].filter((m) => m.index + m[0].length <= from).at(-1);
  const head = opener ? all.filter((a) => a.end <= opener.index).at(-1) : all.find((a) => a.end <= from && a !== part);
  if (head) return statedOperand(c.doc, head);
  const first = matches.find((m) => m.end <= from || (c.owner !== undefined && m.start < c.owner.start));
  return first && first !== c.owner ? tableOperand(c.doc, first.subject.current(c.doc)) : undefined;
}

function whereOf(doc: DisclosureDocument, match: SubjectMatch | undefined): Where | undefined {
  const f = match?.subject.current(doc);
  return f ? { table: f.table, row: f.row, column: f.column } : undefined;
}

/** From the start of the clause holding the subject to the percentage. */
function quote(sentence: string, from: number, to: number): string {
  let start = from;
  while (start > 0 && !/[，；：。]/.test(sentence.charAt(start - 1))) start--;
  return sentence.slice(start, to);
}

