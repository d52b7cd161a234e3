import "server-only";
import type { Db } from "@/db/client";
import { readPublishedBudget } from "@/db/queries/published-budget";
import type { RelatedDocuments } from "@/lib/rules";
import type { DisclosureDocument } from "./schema";

/** What the rules compare a stored disclosure with: a 部门决算, its department's published 部门预算 of that year. */
export async function relatedDocuments({ db, departmentId, doc }: { db: Db; departmentId: number; doc: Pick<DisclosureDocument, "kind" | "year"> }): Promise<RelatedDocuments> {
  if (doc.kind !== "final") return {};
  const budget = await readPublishedBudget({ db, departmentId, year: doc.year });
  return budget ? { budget } : {};
}
