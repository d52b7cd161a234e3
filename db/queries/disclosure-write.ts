import "server-only";
import type { Tx } from "../client";
import { and, eq, sql } from "drizzle-orm";
import { disclosures, disclosureTables, indicators, performanceTargets, projects, selfEvaluations, tableRows } from "../schema";
import type { CarryOver } from "@/lib/disclosure/carry-over";
import { canonicalDocument } from "@/lib/disclosure/canonical";
import { headlineFigures } from "@/lib/disclosure/headline";
import type { AnyTable, DisclosureDocument, Finding, Indicator, ValueColumn } from "@/lib/disclosure/schema";
import { disclosureTitle } from "@/lib/disclosure/title";
import { fillRowSearch, tablesOf } from "./row-search-index";
import { indexDisclosure } from "./search-index";

type Status = (typeof disclosures.$inferInsert)["status"];
type RowValues = Partial<Record<ValueColumn, string | null>>;

/**
 * Writes a whole disclosure (its tables, rows, projects and targets) in the caller's
 * transaction; returns its id. Amounts go to numeric(20,2) columns as the exact strings they are.
 */
export async function insertDisclosure({
  tx,
  doc: given,
  departmentId,
  status,
  revision = 1,
  revisionReason = null,
  findings,
  actorId,
  carryOver = null,
  now = new Date(),
}: {
  tx: Tx;
  doc: DisclosureDocument;
  departmentId: number;
  status: Status;
  revision?: number;
  revisionReason?: string | null;
  findings: Finding[];
  actorId: number | null;
  carryOver?: CarryOver | null;
  now?: Date;
}): Promise<string> {
  const doc = canonicalDocument(given);
  const [row] = await tx
    .insert(disclosures)
    .values({
      departmentId,
      year: doc.year,
      kind: doc.kind,
      revision,
      revisionReason,
      status,
      title: disclosureTitle({ departmentName: doc.department.name, year: doc.year, kind: doc.kind }),
      sourceUnit: doc.sourceUnit,
      contactName: doc.contact?.name ?? null,
      contactPhone: doc.contact?.phone ?? null,
      sections: doc.sections,
      ...headlineFigures(doc),
      findings,
      carryOver,
      publishedAt: status === "published" ? now : null,
      createdBy: actorId,
      updatedBy: actorId,
      createdAt: now,
      updatedAt: now,
    })
    .returning({ id: disclosures.id });
  const disclosureId = row!.id;
  await insertDisclosureContent({ tx, disclosureId, doc });
  await indexDisclosure({ tx, disclosureId, doc, title: disclosureTitle({ departmentName: doc.department.name, year: doc.year, kind: doc.kind }) });
  return disclosureId;
}

/** A table's rows as stored: amounts in their value columns, or the cells of a table kept as printed. */
function storedRows(table: AnyTable, tableId: number): (typeof tableRows.$inferInsert)[] {
  if (table.kind === "other") return table.rows.map((r, position) => ({ tableId, position, cells: r.cells }));
  return table.rows.map((r, position) => ({
    tableId,
    position,
    code: r.code ?? null,
    name: r.name ?? null,
    side: r.side ?? null,
    ...(r.values as RowValues),
  }));
}

/** Writes the tables, rows, projects, targets and 绩效自评 of a disclosure (a canonical document). */
async function insertDisclosureContent({ tx, disclosureId, doc }: { tx: Tx; disclosureId: string; doc: DisclosureDocument }) {
  for (const [position, table] of doc.tables.entries()) {
    const printed = table.kind === "other" ? { columns: table.columns, unit: table.unit ?? null } : {};
    const [t] = await tx
      .insert(disclosureTables)
      .values({ disclosureId, kind: table.kind, title: table.title, note: table.note ?? null, position, ...printed })
      .returning({ id: disclosureTables.id });
    if (table.rows.length > 0) await tx.insert(tableRows).values(storedRows(table, t!.id));
  }
  await fillRowSearch({ tx, which: tablesOf(disclosureId), names: doc.tables.flatMap((t) => (t.kind === "other" ? [] : t.rows.map((r) => r.name))) });
  if (doc.projects.length > 0) {
    await tx.insert(projects).values(doc.projects.map((p, position) => ({ disclosureId, position, ...p, code: p.code ?? null })));
  }
  const targets = [
    ...(doc.performance.overall ? [{ scope: "overall" as const, goal: doc.performance.overall.goal, indicators: doc.performance.overall.indicators }] : []),
    ...doc.performance.projects.map((p) => ({ scope: "project" as const, ...p })),
  ];
  for (const [position, { indicators: rows, ...target }] of targets.entries()) {
    const [t] = await tx
      .insert(performanceTargets)
      .values({ disclosureId, position, ...target })
      .returning({ id: performanceTargets.id });
    if (rows.length > 0) {
      await tx.insert(indicators).values(rows.map((ind: Indicator, i) => ({ targetId: t!.id, position: i, ...ind })));
    }
  }
  const evaluations = doc.performance.selfEvaluations ?? [];
  if (evaluations.length > 0) {
    await tx.insert(selfEvaluations).values(evaluations.map((e, position) => ({ disclosureId, position, ...e, budget: e.budget ?? null, actual: e.actual ?? null, gaps: e.gaps ?? null })));
  }
}

/**
 * Replaces a disclosure's content if, and only if, it is still at `expectedVersion`: the check
 * and the version bump are one UPDATE, so of two saves on one version exactly one wins.
 * Returns the new version, or null when the disclosure has moved on.
 */
export async function replaceDisclosureContent({
  tx,
  id,
  expectedVersion,
  doc: given,
  findings,
  actorId,
  carryOver,
}: {
  tx: Tx;
  id: string;
  expectedVersion: number;
  doc: DisclosureDocument;
  findings: Finding[];
  actorId: number;
  /** the carry-over with the marks still open; absent, it stays as it is */
  carryOver?: CarryOver;
}): Promise<number | null> {
  const doc = canonicalDocument(given);
  const [row] = await tx
    .update(disclosures)
    .set({
      version: sql`${disclosures.version} + 1`,
      sourceUnit: doc.sourceUnit,
      contactName: doc.contact?.name ?? null,
      contactPhone: doc.contact?.phone ?? null,
      sections: doc.sections,
      ...headlineFigures(doc),
      findings,
      ...(carryOver ? { carryOver } : {}),
      updatedBy: actorId,
      updatedAt: sql`now()`,
    })
    .where(and(eq(disclosures.id, id), eq(disclosures.version, expectedVersion)))
    .returning({ version: disclosures.version, title: disclosures.title });
  if (!row) return null;
  await tx.delete(disclosureTables).where(eq(disclosureTables.disclosureId, id));
  await tx.delete(projects).where(eq(projects.disclosureId, id));
  await tx.delete(performanceTargets).where(eq(performanceTargets.disclosureId, id));
  await tx.delete(selfEvaluations).where(eq(selfEvaluations.disclosureId, id));
  await insertDisclosureContent({ tx, disclosureId: id, doc });
  await indexDisclosure({ tx, disclosureId: id, doc, title: row.title });
  return row.version;
}
