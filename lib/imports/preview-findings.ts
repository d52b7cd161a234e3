import type { AnyTable, DisclosureDocument, Finding } from "@/lib/disclosure/schema";

/** The findings about one part of a document: the consistency rules' and what the importer could not read (I1). */
export interface PartFindings {
  rules: Finding[];
  unread: Finding[];
}

export interface PlacedFindings {
  /** by the index of the table in `doc.tables` */
  tables: PartFindings[];
  /** the projects and the 绩效目标 */
  performance: PartFindings;
  /** about the document as a whole, or a table it does not have (a missing table, the header) */
  document: PartFindings;
  counts: { errors: number; warnings: number; unread: number };
}

/** How findings name a table: a standard table by its kind, a table kept as printed by its title. */
const tableKey = (t: AnyTable) => (t.kind === "other" ? t.title : t.kind);

// P1 names the performance part "performance"; the importer names a 绩效目标表 by its printed title.
const aboutPerformance = (table: string) => table === "performance" || table.includes("绩效目标");

/**
 * Each finding beside the part of the document it is about, for the import preview: a table
 * (the first one of that kind or title), the projects and targets, or the document as a whole.
 */
export function placeFindings(doc: Pick<DisclosureDocument, "tables" | "findings">): PlacedFindings {
  const none = (): PartFindings => ({ rules: [], unread: [] });
  const placed: PlacedFindings = { tables: doc.tables.map(none), performance: none(), document: none(), counts: { errors: 0, warnings: 0, unread: 0 } };
  const indexOf = new Map<string, number>();
  doc.tables.forEach((t, i) => {
    const key = tableKey(t);
    if (key && !indexOf.has(key)) indexOf.set(key, i);
  });
  for (const f of doc.findings ?? []) {
    const index = f.table === undefined ? undefined : indexOf.get(f.table);
    const part = index !== undefined ? placed.tables[index]! : f.table !== undefined && aboutPerformance(f.table) ? placed.performance : placed.document;
    if (f.rule === "I1") {
      part.unread.push(f);
      placed.counts.unread++;
    } else {
      part.rules.push(f);
      if (f.severity === "error") placed.counts.errors++;
      if (f.severity === "warning") placed.counts.warnings++;
    }
  }
  return placed;
}
