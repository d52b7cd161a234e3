import "server-only";
import { asc, eq, inArray } from "drizzle-orm";
import type { Db } from "../client";
import { departments, disclosures, disclosureTables, districts, indicators, performanceTargets, projects, selfEvaluations, tableRows } from "../schema";
import { sourceOf } from "./disclosure-sources";
import { rowColumns } from "@/lib/disclosure/canonical";
import { type AnyTable, type DisclosureDocument, type Indicator, type SelfEvaluation, TABLE_COLUMNS, type TableKind, type ValueColumn } from "@/lib/disclosure/schema";

export type DisclosureRecord = Awaited<ReturnType<typeof findDisclosureRecord>>;
type StoredTable = typeof disclosureTables.$inferSelect;
type StoredRow = typeof tableRows.$inferSelect;

/** A stored table in the document's canonical form: amounts by column, or the cells as printed. */
function documentTable(t: StoredTable, rows: StoredRow[]): AnyTable {
  const note = t.note ? { note: t.note } : {};
  if (t.kind === "other") {
    return { kind: "other", title: t.title, unit: t.unit, ...note, columns: t.columns ?? [], rows: rows.map((r) => ({ cells: r.cells ?? [] })) };
  }
  const kind = t.kind as TableKind;
  return {
    kind,
    title: t.title,
    ...note,
    rows: rows.map((r) => {
      const side = r.side ?? undefined;
      const stored = r as unknown as Record<ValueColumn, string | null>;
      const columns = new Set<ValueColumn>(rowColumns(kind, side));
      for (const c of TABLE_COLUMNS[kind]) if (stored[c] !== null) columns.add(c);
      return {
        ...(r.code !== null ? { code: r.code } : {}),
        ...(r.name !== null ? { name: r.name } : {}),
        ...(side ? { side } : {}),
        values: Object.fromEntries(TABLE_COLUMNS[kind].filter((c) => columns.has(c)).map((c) => [c, stored[c]])),
      };
    }),
  };
}

/** The disclosure row with its department and district, whatever its status. */
export async function findDisclosureRecord({ db, id }: { db: Db; id: string }) {
  const [row] = await db
    .select({ disclosure: disclosures, department: departments, district: districts })
    .from(disclosures)
    .innerJoin(departments, eq(departments.id, disclosures.departmentId))
    .innerJoin(districts, eq(districts.code, departments.districtCode))
    .where(eq(disclosures.id, id))
    .limit(1);
  return row;
}

/** The stored disclosure as a `budget-disclosure/v1` document (canonical form, no findings). */
export async function readDisclosureDocument({ db, record }: { db: Db; record: NonNullable<DisclosureRecord> }): Promise<DisclosureDocument> {
  const { disclosure: d, department, district } = record;
  const [tables, projectRows, targets, evaluations, source] = await Promise.all([
    db.select().from(disclosureTables).where(eq(disclosureTables.disclosureId, d.id)).orderBy(asc(disclosureTables.position)),
    db.select().from(projects).where(eq(projects.disclosureId, d.id)).orderBy(asc(projects.position)),
    db.select().from(performanceTargets).where(eq(performanceTargets.disclosureId, d.id)).orderBy(asc(performanceTargets.position)),
    db.select().from(selfEvaluations).where(eq(selfEvaluations.disclosureId, d.id)).orderBy(asc(selfEvaluations.position)),
    sourceOf({ db, disclosureId: d.id }),
  ]);
  const [rows, indicatorRows] = await Promise.all([
    tables.length
      ? db.select().from(tableRows).where(inArray(tableRows.tableId, tables.map((t) => t.id))).orderBy(asc(tableRows.tableId), asc(tableRows.position))
      : [],
    targets.length
      ? db.select().from(indicators).where(inArray(indicators.targetId, targets.map((t) => t.id))).orderBy(asc(indicators.targetId), asc(indicators.position))
      : [],
  ]);

  const indicatorsOf = (targetId: number): Indicator[] =>
    indicatorRows
      .filter((i) => i.targetId === targetId)
      .map((i) => ({ level1: i.level1, level2: i.level2, level3: i.level3, unit: i.unit, operator: i.operator, value: i.value, weight: i.weight, core: i.core }));
  const overall = targets.find((t) => t.scope === "overall");

  return {
    format: "budget-disclosure/v1",
    district: district.name,
    department: { code: department.code, name: department.name },
    year: d.year,
    kind: d.kind,
    sourceUnit: d.sourceUnit,
    ...(d.contactName !== null || d.contactPhone !== null ? { contact: { name: d.contactName ?? "", phone: d.contactPhone ?? "" } } : {}),
    sections: d.sections,
    tables: tables.map((t) => documentTable(t, rows.filter((r) => r.tableId === t.id))),
    projects: projectRows.map((p) => ({ code: p.code, name: p.name, amount: p.amount, category: p.category, functionCode: p.functionCode })),
    performance: {
      overall: overall ? { goal: overall.goal ?? "", indicators: indicatorsOf(overall.id) } : null,
      projects: targets
        .filter((t) => t.scope === "project")
        .map((t) => ({
          projectCode: t.projectCode,
          projectName: t.projectName ?? "",
          amount: t.amount,
          overview: t.overview,
          basis: t.basis,
          goal: t.goal,
          indicators: indicatorsOf(t.id),
        })),
      ...(evaluations.length
        ? { selfEvaluations: evaluations.map((e) => ({ projectCode: e.projectCode, projectName: e.projectName, budget: e.budget, actual: e.actual, score: e.score, grade: e.grade as SelfEvaluation["grade"], gaps: e.gaps })) }
        : {}),
    },
    ...(source ? { source } : {}),
  };
}
