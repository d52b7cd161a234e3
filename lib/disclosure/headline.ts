import type { DisclosureDocument, TableKind } from "./schema";

export interface Headline {
  totalIncome: string | null;
  totalExpenditure: string | null;
  basicTotal: string | null;
  projectTotal: string | null;
  threePublicTotal: string | null;
}

function totalRow(doc: DisclosureDocument, kind: TableKind, side?: "income" | "expenditure") {
  const table = doc.tables.find((t) => t.kind === kind);
  return table?.rows.find((r) => r.code === "total" && (side === undefined || r.side === side))?.values as
    | Partial<Record<string, string | null>>
    | undefined;
}

const first = (...values: (string | null | undefined)[]) => values.find((v) => v !== null && v !== undefined) ?? null;

/**
 * The figures a list shows for a disclosure, read from its own tables: the department's totals
 * where it prints them, the general-budget figures otherwise.
 */
export function headlineFigures(doc: DisclosureDocument): Headline {
  const expenditure = totalRow(doc, "expenditure_summary");
  const general = totalRow(doc, "general_budget_function");
  const threePublic = doc.tables.find((t) => t.kind === "three_public")?.rows.find((r) => r.name === "current")?.values as
    | Partial<Record<string, string | null>>
    | undefined;
  return {
    totalIncome: first(
      totalRow(doc, "income_summary")?.total,
      totalRow(doc, "income_expenditure_summary", "income")?.amount,
      totalRow(doc, "fiscal_summary", "income")?.amount,
    ),
    totalExpenditure: first(expenditure?.total, totalRow(doc, "income_expenditure_summary", "expenditure")?.amount, general?.total),
    basicTotal: first(expenditure?.basic, general?.basic),
    projectTotal: first(expenditure?.project, general?.project),
    threePublicTotal: first(threePublic?.total),
  };
}
