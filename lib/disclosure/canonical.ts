import {
  type AnyTable,
  type DisclosureDocument,
  type DisclosureTable,
  type OtherTable,
  type TableKind,
  type TableRow,
  TABLE_COLUMNS,
  type ValueColumn,
} from "./schema";

/** The value columns a row of this kind (and side) carries. */
export function rowColumns(kind: TableKind, side?: TableRow["side"]): readonly ValueColumn[] {
  if (kind === "fiscal_summary") return side === "income" ? ["amount"] : ["total", "generalBudget", "govFund", "stateCapital"];
  if (kind === "final_fiscal_summary" && side === "income") return ["total"];
  // the national form prints 决算数 only: 年初预算数 and 调整预算数 stay where a document printed them
  if (kind === "final_income_expenditure_summary") return ["amount"];
  return TABLE_COLUMNS[kind];
}

function canonicalRow(kind: TableKind, row: TableRow): TableRow {
  const given = row.values as Partial<Record<ValueColumn, string | null>>;
  const columns = new Set<ValueColumn>(rowColumns(kind, row.side));
  for (const [col, v] of Object.entries(given)) if (v !== null && v !== undefined) columns.add(col as ValueColumn);
  const values = Object.fromEntries(TABLE_COLUMNS[kind].filter((c) => columns.has(c)).map((c) => [c, given[c] ?? null]));
  return {
    ...(row.code !== undefined ? { code: row.code } : {}),
    ...(row.name !== undefined ? { name: row.name } : {}),
    ...(row.side !== undefined ? { side: row.side } : {}),
    values,
  };
}

const canonicalStandardTable = (t: DisclosureTable): DisclosureTable => ({
  kind: t.kind,
  title: t.title,
  ...(t.note ? { note: t.note } : {}),
  rows: t.rows.map((r) => canonicalRow(t.kind, r)),
});

/** A cell as printed; one with nothing but blanks is a blank cell, null. */
const printedCell = (c: string | null) => (c === null || c.trim() === "" ? null : c);

const canonicalOtherTable = (t: OtherTable): OtherTable => ({
  kind: "other",
  title: t.title,
  unit: t.unit || null,
  ...(t.note ? { note: t.note } : {}),
  columns: t.columns,
  rows: t.rows.map((r) => ({ cells: r.cells.map(printedCell) })),
});

const canonicalTable = (t: AnyTable): AnyTable => (t.kind === "other" ? canonicalOtherTable(t) : canonicalStandardTable(t));

/**
 * The one form of a document that the importer emits, the database stores and the API and
 * exports give back: every column of a row present (null when blank), optional fields null
 * rather than absent, no findings. A blank cell and an absent one mean the same; this makes
 * them look the same, so that a round trip gives back an equal document.
 */
export function canonicalDocument(doc: DisclosureDocument): DisclosureDocument {
  return {
    format: "budget-disclosure/v1",
    district: doc.district,
    department: { code: doc.department.code, name: doc.department.name },
    year: doc.year,
    kind: doc.kind,
    sourceUnit: doc.sourceUnit,
    ...(doc.contact ? { contact: { name: doc.contact.name, phone: doc.contact.phone } } : {}),
    sections: Object.fromEntries(Object.entries(doc.sections).filter(([, v]) => v !== undefined && v !== "")),
    tables: doc.tables.map(canonicalTable),
    projects: doc.projects.map((p) => ({
      code: p.code ?? null,
      name: p.name,
      amount: p.amount,
      category: p.category ?? null,
      functionCode: p.functionCode ?? null,
    })),
    performance: {
      overall: doc.performance.overall ? { goal: doc.performance.overall.goal, indicators: doc.performance.overall.indicators } : null,
      projects: doc.performance.projects.map((t) => ({
        projectCode: t.projectCode,
        projectName: t.projectName,
        amount: t.amount,
        overview: t.overview ?? null,
        basis: t.basis ?? null,
        goal: t.goal ?? null,
        indicators: t.indicators,
      })),
      // 决算 only, and only where reported: a budget's canonical form has no such key
      ...(doc.performance.selfEvaluations?.length
        ? {
            selfEvaluations: doc.performance.selfEvaluations.map((e) => ({
              projectCode: e.projectCode,
              projectName: e.projectName,
              budget: e.budget ?? null,
              actual: e.actual ?? null,
              score: e.score,
              grade: e.grade,
              gaps: e.gaps ?? null,
            })),
          }
        : {}),
    },
  };
}
