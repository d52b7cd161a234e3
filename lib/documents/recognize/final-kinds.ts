import type { SegmentKind } from "./tables/kinds";

/** The 决算 kind (DESIGN §4) of a table a 决算 document titles like its budget counterpart. */
const FINAL: Partial<Record<SegmentKind, SegmentKind>> = {
  income_expenditure_summary: "final_income_expenditure_summary",
  income_summary: "final_income",
  expenditure_summary: "final_expenditure",
  fiscal_summary: "final_fiscal_summary",
  general_budget_function: "final_general_budget_function",
  basic_economic: "final_basic_economic",
  basic_gov_economic: "final_basic_economic",
  three_public: "final_three_public",
  gov_fund: "final_gov_fund",
  state_capital: "final_state_capital",
};

export function finalKind(kind: SegmentKind): SegmentKind {
  return FINAL[kind] ?? kind;
}
