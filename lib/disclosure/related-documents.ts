import "server-only";
import type { Db } from "@/db/client";
import { readPublishedBudget } from "@/db/queries/published-budget";
import type { RelatedDocuments } from "@/lib/rules";
import { type DisclosureDocument, standardTables } from "./schema";

/** What the rules compare a stored disclosure with: a 部门决算, its department's published 部门预算 of that year. */
export async function relatedDocuments({ db, departmentId, doc }: { db: Db; departmentId: number; doc: Pick<DisclosureDocument, "kind" | "year"> }): Promise<RelatedDocuments> {
  if (doc.kind !== "final") return {};
  const budget = await readPublishedBudget({ db, departmentId, year: doc.year });
  return budget ? { budget } : {};
}

/** A document's figures and what names it, without its narrative, projects, targets or source: what a page sends the editor's live check. */
export function figuresOnly(doc: DisclosureDocument): DisclosureDocument {
  const { format, district, department, year, kind, sourceUnit } = doc;
  return { format, district, department, year, kind, sourceUnit, sections: {}, tables: standardTables(doc), projects: [], performance: { overall: null, projects: [] } };
}

/** relatedDocuments for the editor's live check, in a page: the budget's figures only. */
export async function relatedFigures(args: Parameters<typeof relatedDocuments>[0]): Promise<RelatedDocuments> {
  const { budget } = await relatedDocuments(args);
  return budget ? { budget: figuresOnly(budget) } : {};
}
