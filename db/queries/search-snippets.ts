import "server-only";
import { and, asc, inArray, ne, eq } from "drizzle-orm";
import type { Db } from "../client";
import { disclosures, disclosureTables, performanceTargets, tableRows } from "../schema";
import { SECTION_KEYS, TABLE_COLUMNS, type TableKind, type ValueColumn } from "@/lib/disclosure/schema";
import { type ResultSnippet, resultSnippet, type SnippetSource } from "@/lib/search/result-snippet";

/**
 * What the snippets of a page of results are found in: each disclosure's narrative, targets and
 * standard table rows, in three statements for the whole page rather than a full document each.
 */
async function readSnippetSources({ db, ids }: { db: Db; ids: string[] }): Promise<Map<string, SnippetSource>> {
  if (ids.length === 0) return new Map();
  const [heads, targets, rows] = await Promise.all([
    db.select({ id: disclosures.id, sourceUnit: disclosures.sourceUnit, sections: disclosures.sections }).from(disclosures).where(inArray(disclosures.id, ids)),
    db
      .select({ disclosureId: performanceTargets.disclosureId, projectName: performanceTargets.projectName, overview: performanceTargets.overview, goal: performanceTargets.goal })
      .from(performanceTargets)
      .where(inArray(performanceTargets.disclosureId, ids))
      .orderBy(asc(performanceTargets.disclosureId), asc(performanceTargets.position)),
    db
      .select({ disclosureId: disclosureTables.disclosureId, kind: disclosureTables.kind, row: tableRows })
      .from(tableRows)
      .innerJoin(disclosureTables, eq(disclosureTables.id, tableRows.tableId))
      .where(and(inArray(disclosureTables.disclosureId, ids), ne(disclosureTables.kind, "other")))
      .orderBy(asc(disclosureTables.disclosureId), asc(disclosureTables.position), asc(tableRows.position)),
  ]);
  const sources = new Map<string, SnippetSource>();
  for (const h of heads) {
    const texts = SECTION_KEYS.map((k) => h.sections[k] ?? "").filter(Boolean);
    sources.set(h.id, { sourceUnit: h.sourceUnit, texts, tables: [] });
  }
  for (const t of targets) sources.get(t.disclosureId)?.texts.push(...[t.projectName, t.overview, t.goal].filter((s): s is string => !!s));
  for (const { disclosureId, kind, row } of rows) {
    const source = sources.get(disclosureId);
    if (!source) continue;
    const k = kind as TableKind;
    let table = source.tables.at(-1);
    if (table?.kind !== k) source.tables.push((table = { kind: k, rows: [] }));
    const stored = row as unknown as Record<ValueColumn, string | null>;
    table.rows.push({
      ...(row.code !== null ? { code: row.code } : {}),
      ...(row.name !== null ? { name: row.name } : {}),
      ...(row.side ? { side: row.side } : {}),
      values: Object.fromEntries(TABLE_COLUMNS[k].map((c) => [c, stored[c]])),
    });
  }
  return sources;
}

/** Why each of a page of results matched the query (lib/search/result-snippet.ts), by disclosure id. */
export async function findSearchSnippets({ db, ids, q }: { db: Db; ids: string[]; q: string }): Promise<Map<string, ResultSnippet>> {
  const sources = await readSnippetSources({ db, ids });
  const snippets = new Map<string, ResultSnippet>();
  for (const [id, source] of sources) {
    const snippet = resultSnippet(source, q);
    if (snippet) snippets.set(id, snippet);
  }
  return snippets;
}
