import { type DisclosureDocument, findTable, otherTables, standardTables, type TableRow } from "./schema";

/** One difference between two versions of a disclosure, located as a reviewer would say it. */
export interface DocumentChange {
  where: string;
  before: string | null;
  after: string | null;
}

const rowKey = (r: TableRow) => `${r.side ? `${r.side}:` : ""}${r.code ?? ""}|${r.name ?? ""}`;
const rowLabel = (r: TableRow) => [r.code === "total" ? "合计" : r.code, r.name].filter(Boolean).join(" ");
const text = (v: unknown) => (v === null || v === undefined ? null : typeof v === "string" ? v : JSON.stringify(v));

/**
 * What differs between two versions, cell by cell for tables; tables kept as printed (`other`,
 * by their order), sections, projects and targets as wholes. Pure; `where` uses the format's
 * keys (table kind, row code, column).
 */
export function diffDocuments(before: DisclosureDocument, after: DisclosureDocument): DocumentChange[] {
  const changes: DocumentChange[] = [];
  const add = (where: string, b: unknown, a: unknown) => {
    if (text(b) !== text(a)) changes.push({ where, before: text(b), after: text(a) });
  };
  add("sourceUnit", before.sourceUnit, after.sourceUnit);
  add("contact", before.contact, after.contact);
  for (const key of new Set([...Object.keys(before.sections), ...Object.keys(after.sections)])) {
    add(`sections.${key}`, before.sections[key as keyof typeof before.sections], after.sections[key as keyof typeof after.sections]);
  }
  for (const kind of new Set([...standardTables(before).map((t) => t.kind), ...standardTables(after).map((t) => t.kind)])) {
    const b = findTable(before, kind);
    const a = findTable(after, kind);
    if (!b || !a) {
      add(`tables.${kind}`, b ? `${b.rows.length} 行` : null, a ? `${a.rows.length} 行` : null);
      continue;
    }
    add(`tables.${kind}.note`, b.note, a.note);
    const beforeRows = new Map(b.rows.map((r) => [rowKey(r), r]));
    const afterRows = new Map(a.rows.map((r) => [rowKey(r), r]));
    for (const key of new Set([...beforeRows.keys(), ...afterRows.keys()])) {
      const rb = beforeRows.get(key);
      const ra = afterRows.get(key);
      const label = rowLabel((ra ?? rb)!);
      if (!rb || !ra) {
        add(`tables.${kind}[${label}]`, rb ? "（该行）" : null, ra ? "（该行）" : null);
        continue;
      }
      const values = (r: TableRow) => r.values as Record<string, string | null | undefined>;
      for (const col of new Set([...Object.keys(rb.values), ...Object.keys(ra.values)])) {
        add(`tables.${kind}[${label}].${col}`, values(rb)[col] ?? null, values(ra)[col] ?? null);
      }
    }
  }
  const [otherBefore, otherAfter] = [otherTables(before), otherTables(after)];
  for (let i = 0; i < Math.max(otherBefore.length, otherAfter.length); i++) {
    add(`tables.other[${i + 1}]`, otherBefore[i], otherAfter[i]);
  }
  add("projects", before.projects, after.projects);
  add("performance.overall", before.performance.overall, after.performance.overall);
  add("performance.projects", before.performance.projects, after.performance.projects);
  return changes;
}
