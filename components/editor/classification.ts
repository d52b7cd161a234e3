import reference from "@/db/reference/function-classification.json";
import type { TableKind } from "@/lib/disclosure/schema";

type Scheme = "function" | "economic" | "govEconomic";

const NAMES: Record<Scheme, Record<string, string>> = {
  function: reference.function,
  economic: reference.economic,
  govEconomic: reference.govEconomic,
};

const UNCLASSIFIED = new Set<TableKind>([
  "three_public",
  "income_expenditure_summary",
  "fiscal_summary",
  "final_three_public",
  "final_income_expenditure_summary",
  "final_fiscal_summary",
]);

/** Which classification the rows of a table kind are coded in. */
export function schemeOf(kind: TableKind): Scheme | null {
  if (kind === "basic_economic" || kind === "project_economic" || kind === "final_basic_economic") return "economic";
  if (kind === "basic_gov_economic" || kind === "project_gov_economic") return "govEconomic";
  if (UNCLASSIFIED.has(kind)) return null;
  return "function";
}

/** The official name of a 类/款/项 code in the table's classification, if known. */
export function officialName(kind: TableKind, code: string): string | undefined {
  const scheme = schemeOf(kind);
  return scheme ? NAMES[scheme][code.trim()] : undefined;
}

/** Every known code of the table's classification, for suggestions. */
export function knownCodes(kind: TableKind): [string, string][] {
  const scheme = schemeOf(kind);
  return scheme ? Object.entries(NAMES[scheme]) : [];
}
