import { type DisclosureDocument, type DisclosureTable, standardTables, type TableRow } from "./schema";

/** An empty disclosure of a department for a year: everything to fill in. */
export function emptyDocument({ district, department, year, kind, sourceUnit = "万元" }: Pick<DisclosureDocument, "district" | "department" | "year" | "kind"> & { sourceUnit?: DisclosureDocument["sourceUnit"] }): DisclosureDocument {
  return { format: "budget-disclosure/v1", district, department, year, kind, sourceUnit, sections: {}, tables: [], projects: [], performance: { overall: null, projects: [] } };
}

function carryTable(table: DisclosureTable): DisclosureTable {
  if (table.kind === "general_budget_function") {
    // this year's total becomes next year's 上年预算数; the new year's columns start blank
    return {
      ...table,
      rows: table.rows.map((r): TableRow => ({ ...r, values: { prior: r.values.total ?? null, total: null, basic: null, project: null } })),
    };
  }
  if (table.kind === "three_public") {
    const current = table.rows.find((r) => r.name === "current");
    const blank = Object.fromEntries(Object.keys(current?.values ?? {}).map((c) => [c, null]));
    return { ...table, rows: current ? [{ ...current, name: "prior" }, { ...current, name: "current", values: blank }] : [] };
  }
  // the other tables keep their rows (codes and names) with blank amounts
  return {
    ...table,
    rows: table.rows.map((r) => ({ ...r, values: Object.fromEntries(Object.keys(r.values).map((c) => [c, null])) })),
  };
}

/**
 * Next year's draft from this year's published disclosure: the narrative copied (to be
 * updated), every table's rows kept with blank amounts, and this year's amounts moved to the
 * prior-year columns (一般公共预算支出表 上年数, “三公”经费 上年 row). Projects and targets are
 * the new year's own and start empty; tables kept as printed are this year's print and are left out.
 */
export function nextYearDocument(previous: DisclosureDocument, year: number): DisclosureDocument {
  return {
    ...previous,
    year,
    sections: { ...previous.sections },
    tables: standardTables(previous).map(carryTable),
    projects: [],
    performance: { overall: previous.performance.overall ? { goal: previous.performance.overall.goal, indicators: [] } : null, projects: [] },
    findings: undefined,
  };
}
