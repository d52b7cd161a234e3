import type { DisclosureDocument, Finding } from "@/lib/disclosure/schema";
import { FINDING_SEVERITIES, RULE_IDS } from "@/lib/disclosure/schema";
import { checkHierarchy } from "./t1-hierarchy";
import { checkRowArithmetic } from "./t2-row-arithmetic";
import { checkTotalRows } from "./t3-total-row";
import { checkCrossTable } from "./x1-cross-table";
import { checkNarrativeAmounts } from "./n1-narrative-amounts";
import { checkYearOverYear } from "./n2-year-over-year";
import { checkPerformance } from "./p1-performance";
import { checkRequiredTables } from "./r1-required-tables";
import { extractStatements } from "./narrative-extract";
import { budgetView, finalFinding } from "./final-view";
import { budgetedItems, type RelatedDocuments } from "./final-budget-figures";
import { checkAgainstBudget } from "./x1-final-budget";
import { checkExecutionRates } from "./x1-execution-rate";
import { checkStatedPercentages } from "./n1-stated-percentages";
import { BUDGETED, checkBudgetStatements } from "./n1-budget-statements";

export type { RelatedDocuments } from "./final-budget-figures";

/**
 * Runs every consistency rule (DESIGN §5) on a disclosure. Pure: no I/O, same input → same output.
 * A 部门决算 is also compared with `related.budget`, the published 部门预算 of its department and year.
 */
export function checkDisclosure(doc: DisclosureDocument, related: RelatedDocuments = {}): Finding[] {
  // a 决算's tables are checked as their budget counterparts, and named back (final-view.ts)
  const view = doc.kind === "final" ? budgetView(doc) : doc;
  const all = extractStatements(view);
  // a 决算 narrative also states the 年初预算 it was approved with: not a figure of its 决算数 tables
  const statements = view === doc ? all : all.filter((s) => !BUDGETED.test(s.quote));
  const items = doc.kind === "final" ? budgetedItems(doc, related) : [];
  const results = [
    checkHierarchy(view),
    checkRowArithmetic(view),
    checkTotalRows(view),
    checkCrossTable(view),
    checkNarrativeAmounts(view, statements),
    checkYearOverYear(view, statements),
    checkStatedPercentages(view, items),
    checkBudgetStatements(view, all, items),
    checkPerformance(view),
  ].map((findings) => (view === doc ? findings : findings.map(finalFinding)));
  results.push(checkRequiredTables(doc), checkAgainstBudget(doc, related), checkExecutionRates(doc, related));
  const unique = new Map<string, Finding>();
  for (const findings of results) {
    for (const f of findings) {
      const key = [f.rule, f.severity, f.table, f.row, f.column, f.message].join("\u0000");
      if (!unique.has(key)) unique.set(key, f);
    }
  }
  return [...unique.values()].sort(compareFindings);
}

const rank = (list: readonly string[], v: string) => list.indexOf(v);
const text = (v: string | undefined) => v ?? "";

/** Rule, table, row, column, then severity and message, so the order never depends on the rules' order. */
export function compareFindings(a: Finding, b: Finding): number {
  return (
    rank(RULE_IDS, a.rule) - rank(RULE_IDS, b.rule) ||
    cmp(text(a.table), text(b.table)) ||
    cmp(text(a.row), text(b.row)) ||
    cmp(text(a.column), text(b.column)) ||
    rank(FINDING_SEVERITIES, a.severity) - rank(FINDING_SEVERITIES, b.severity) ||
    cmp(a.message, b.message)
  );
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
