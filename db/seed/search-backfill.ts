import { eq, isNull } from "drizzle-orm";
import type { Db } from "../client";
import { disclosureSearch, disclosures } from "../schema";
import { findDisclosureRecord, readDisclosureDocument } from "../queries/disclosure-read";
import { indexDisclosure } from "../queries/search-index";

/**
 * Indexes every disclosure that has no search index yet: those stored before the index existed
 * (an upgraded installation). A no-op once all are indexed.
 */
export async function indexUnindexedDisclosures(db: Db): Promise<number> {
  const missing = await db
    .select({ id: disclosures.id })
    .from(disclosures)
    .leftJoin(disclosureSearch, eq(disclosureSearch.disclosureId, disclosures.id))
    .where(isNull(disclosureSearch.disclosureId));
  for (const { id } of missing) {
    const record = await findDisclosureRecord({ db, id });
    if (!record) continue;
    const doc = await readDisclosureDocument({ db, record });
    await db.transaction((tx) => indexDisclosure({ tx, disclosureId: id, doc, title: record.disclosure.title }));
  }
  return missing.length;
}
