import { type CarryOver, marksOf, type ReadOnlyCells } from "./carry-over";
import { type DisclosureDocument, type DisclosureTable, type ProjectTarget, standardTables, TABLE_COLUMNS, type TableRow } from "./schema";
import { advanceYears } from "./year-shift";

/** An empty disclosure of a department for a year: everything to fill in. */
export function emptyDocument({ district, department, year, kind, sourceUnit = "万元" }: Pick<DisclosureDocument, "district" | "department" | "year" | "kind"> & { sourceUnit?: DisclosureDocument["sourceUnit"] }): DisclosureDocument {
  return { format: "budget-disclosure/v1", district, department, year, kind, sourceUnit, sections: {}, tables: [], projects: [], performance: { overall: null, projects: [] } };
}

function carryTable(table: DisclosureTable, advance: (text: string) => string): DisclosureTable {
  const titled = { ...table, title: advance(table.title), ...(table.note ? { note: advance(table.note) } : {}) };
  if (table.kind === "general_budget_function") {
    // this year's total becomes next year's 上年预算数; the new year's columns start blank
    return {
      ...titled,
      rows: table.rows.map((r): TableRow => ({ ...r, values: { prior: r.values.total ?? null, total: null, basic: null, project: null } })),
    };
  }
  if (table.kind === "three_public") {
    const current = table.rows.find((r) => r.name === "current");
    const blank = Object.fromEntries(Object.keys(current?.values ?? {}).map((c) => [c, null]));
    return { ...titled, rows: current ? [{ ...current, name: "prior" }, { ...current, name: "current", values: blank }] : [] };
  }
  // the other tables keep their rows (codes and names) with blank amounts
  return {
    ...titled,
    rows: table.rows.map((r) => ({ ...r, values: Object.fromEntries(Object.keys(r.values).map((c) => [c, null])) })),
  };
}

/**
 * Next year's draft from this year's published disclosure. What carries over is kept, to be
 * confirmed: the narrative and the targets' texts with this year and last year moved on a year;
 * every table's rows with blank amounts, this year's amounts moved to the prior-year columns
 * (一般公共预算支出表 上年预算数, “三公”经费 上年 row); every project with its code, name,
 * category and function code but no amount (the new year's budget is not last year's); the
 * overall target and each project target with their indicators, last year's values kept as the
 * starting point. Tables kept as printed are this year's print and are left out.
 */
export function nextYearDocument(previous: DisclosureDocument, year: number): DisclosureDocument {
  const advance = (text: string) => advanceYears(text, previous.year, year);
  const advanceOrNull = (text: string | null | undefined) => (text ? advance(text) : (text ?? null));
  const overall = previous.performance.overall;
  return {
    format: previous.format,
    district: previous.district,
    department: previous.department,
    year,
    kind: previous.kind,
    sourceUnit: previous.sourceUnit,
    ...(previous.contact ? { contact: previous.contact } : {}),
    sections: Object.fromEntries(Object.entries(previous.sections).flatMap(([key, text]) => (text ? [[key, advance(text)]] : []))),
    tables: standardTables(previous).map((t) => carryTable(t, advance)),
    projects: previous.projects.map((p) => ({ code: p.code ?? null, name: p.name, amount: null, category: p.category ?? null, functionCode: p.functionCode ?? null })),
    performance: {
      overall: overall ? { goal: advance(overall.goal), indicators: overall.indicators.map((i) => ({ ...i })) } : null,
      projects: previous.performance.projects.map((t): ProjectTarget => ({
        projectCode: t.projectCode,
        projectName: t.projectName,
        amount: null,
        overview: advanceOrNull(t.overview),
        basis: t.basis ?? null,
        goal: advanceOrNull(t.goal),
        indicators: t.indicators.map((i) => ({ ...i })),
      })),
    },
  };
}

/**
 * What the editor keeps beside a draft made by nextYearDocument: the source, the prior-year cells
 * (copied from the published document, so never to be retyped or recomputed) and a mark on every
 * section, project and target for the contact to confirm.
 */
export function nextYearCarryOver(next: DisclosureDocument, from: { id: string; year: number; revision: number }): CarryOver {
  const readOnly: ReadOnlyCells[] = standardTables(next).flatMap((t): ReadOnlyCells[] => {
    if (t.kind === "general_budget_function") return [{ table: t.kind, column: "prior" }];
    if (t.kind === "three_public") return TABLE_COLUMNS.three_public.map((column) => ({ table: t.kind, column, row: "prior" }));
    return [];
  });
  return { from, readOnly, marks: marksOf(next) };
}
