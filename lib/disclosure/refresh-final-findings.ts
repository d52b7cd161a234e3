import "server-only";
import type { Tx } from "@/db/client";
import { findDisclosureRecord, readDisclosureDocument } from "@/db/queries/disclosure-read";
import { currentFinalIds, setFindings } from "@/db/queries/final-findings";
import { checkDisclosure } from "@/lib/rules";
import { relatedDocuments } from "./related-documents";

/**
 * After a 部门预算 was published (a first version or a correction) or retracted, in the same
 * transaction: the 部门决算 of that department and year are checked again against the budget now
 * published (or none), so that their stored findings — the X1 年初预算数 check among them — are
 * those of the budget the public sees. Their pages carry the department's tag, which that change
 * expires. Returns how many were rechecked.
 */
export async function refreshFinalFindings({ tx, departmentId, year }: { tx: Tx; departmentId: number; year: number }): Promise<number> {
  const ids = await currentFinalIds({ tx, departmentId, year });
  if (ids.length === 0) return 0;
  const related = await relatedDocuments({ db: tx, departmentId, doc: { kind: "final", year } });
  for (const id of ids) {
    const record = await findDisclosureRecord({ db: tx, id });
    if (!record) continue;
    await setFindings({ tx, id, findings: checkDisclosure(await readDisclosureDocument({ db: tx, record }), related) });
  }
  return ids.length;
}
