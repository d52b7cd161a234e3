import type { DisclosureDocument, Finding } from "@/lib/disclosure/schema";
import { finding } from "./finding";
import { budgetedItems, type RelatedDocuments } from "./final-budget-figures";
import { Dec, formatAmount, ZERO } from "./money";
import { subjectsOf } from "./narrative-subjects";
import { narrativeSentences } from "./narrative-text";

/** 执行率 outside 90 %–110 % is worth a word in the narrative. */
const LOW = new Dec("0.9");
const HIGH = new Dec("1.1");

/** A sentence that gives a reason (因 but not 因公出国). */
const REASON = /主要原因|主要是|原因是|由于|因(?!公出国)/;

/**
 * X1 (info): the 执行率 决算数 / 年初预算数 of the totals, basic, project and each 三公 item. A rate
 * below 90 % or above 110 % is noted unless a narrative sentence naming the item gives a reason.
 */
export function checkExecutionRates(doc: DisclosureDocument, related: RelatedDocuments = {}): Finding[] {
  if (doc.kind !== "final") return [];
  const sentences = narrativeSentences(doc);
  const patterns = new Map(subjectsOf(doc).map((s) => [s.id, new RegExp(s.pattern.source)]));
  const explained = (subject: string) => {
    const pattern = patterns.get(subject);
    return pattern !== undefined && sentences.some((s) => pattern.test(s) && REASON.test(s));
  };
  const fmt = (v: Dec) => formatAmount(v, doc.sourceUnit);
  return budgetedItems(doc, related).flatMap((item) => {
    if (!item.actual || !item.budget) return [];
    const actual = item.actual.value ?? ZERO;
    const budget = item.budget.value ?? ZERO;
    if (budget.isZero() && actual.isZero()) return [];
    const rate = budget.isZero() ? null : actual.div(budget);
    if (rate !== null && rate.gte(LOW) && rate.lte(HIGH)) return [];
    if (explained(item.subject)) return [];
    const figures = `${item.actual.label} ${fmt(actual)}，${item.budget.label} ${fmt(budget)}`;
    const message =
      rate === null
        ? `${item.label}无年初预算而决算支出 ${fmt(actual)}（${figures}），说明中未解释原因`
        : `${item.label}执行率 ${rate.mul(100).toFixed(2)}%（${figures}），${rate.lt(LOW) ? "低于 90%" : "高于 110%"}，说明中未解释原因`;
    return [finding("X1", "info", { table: item.actual.table, row: item.actual.row, column: item.actual.column }, message)];
  });
}
