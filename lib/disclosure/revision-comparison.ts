import "server-only";
import type { Db } from "@/db/client";
import { type DisclosureRecord, findDisclosureRecord, readDisclosureDocument } from "@/db/queries/disclosure-read";
import { listPublicRevisions } from "@/db/queries/public-disclosures";
import { diffDocuments, type RevisionComparison } from "./diff";
import { isPublicStatus } from "./public-access";
import type { DisclosureDocument } from "./schema";

/**
 * What a revision N > 1 changed since revision N−1 of the same department, year and kind, the
 * one it corrects; null for a first revision, or when N−1 may not be shown (`publicOnly`: the
 * public compares published and superseded revisions only, never a retracted one).
 */
export async function compareWithPreviousRevision({
  db,
  record,
  doc,
  publicOnly,
}: {
  db: Db;
  record: NonNullable<DisclosureRecord>;
  doc: DisclosureDocument;
  publicOnly: boolean;
}): Promise<RevisionComparison | null> {
  const d = record.disclosure;
  if (d.revision <= 1) return null;
  const revisions = await listPublicRevisions({ db, departmentId: d.departmentId, year: d.year, kind: d.kind });
  const previous = revisions.find((r) => r.revision === d.revision - 1 && (!publicOnly || isPublicStatus(r.status)));
  const previousRecord = previous ? await findDisclosureRecord({ db, id: previous.id }) : undefined;
  if (!previousRecord) return null;
  const before = await readDisclosureDocument({ db, record: previousRecord });
  return { revision: d.revision, previous: previous!.revision, reason: d.revisionReason, changes: diffDocuments(before, doc) };
}
