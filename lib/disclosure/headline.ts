import { type DisclosureDocument, findTable, type TableKind } from "./schema";

export interface Headline {
  totalIncome: string | null;
  totalExpenditure: string | null;
  basicTotal: string | null;
  projectTotal: string | null;
  threePublicTotal: string | null;
}

function totalRow(doc: DisclosureDocument, kind: TableKind, side?: "income" | "expenditure") {
  return findTable(doc, kind)?.rows.find((r) => r.code === "total" && (side === undefined || r.side === side))?.values as
    | Partial<Record<string, string | null>>
    | undefined;
}

const first = (...values: (string | null | undefined)[]) => values.find((v) => v !== null && v !== undefined) ?? null;

const threePublicRow = (doc: DisclosureDocument, kind: "three_public" | "final_three_public", name: string) =>
  findTable(doc, kind)?.rows.find((r) => r.name === name)?.values as Partial<Record<string, string | null>> | undefined;

/**
 * The figures a list shows for a disclosure, read from its own tables: the department's totals
 * where it prints them, the general-budget figures otherwise; for a 决算 its 决算 tables alike.
 */
export function headlineFigures(doc: DisclosureDocument): Headline {
  const expenditure = totalRow(doc, "expenditure_summary") ?? totalRow(doc, "final_expenditure");
  const general = totalRow(doc, "general_budget_function") ?? totalRow(doc, "final_general_budget_function");
  const threePublic = threePublicRow(doc, "three_public", "current") ?? threePublicRow(doc, "final_three_public", "final");
  return {
    totalIncome: first(
      totalRow(doc, "income_summary")?.total,
      totalRow(doc, "income_expenditure_summary", "income")?.amount,
      totalRow(doc, "fiscal_summary", "income")?.amount,
      totalRow(doc, "final_income")?.total,
      totalRow(doc, "final_income_expenditure_summary", "income")?.amount,
    ),
    totalExpenditure: first(
      expenditure?.total,
      totalRow(doc, "income_expenditure_summary", "expenditure")?.amount,
      totalRow(doc, "final_income_expenditure_summary", "expenditure")?.amount,
      general?.total,
    ),
    basicTotal: first(expenditure?.basic, general?.basic),
    projectTotal: first(expenditure?.project, general?.project),
    threePublicTotal: first(threePublic?.total),
  };
}
