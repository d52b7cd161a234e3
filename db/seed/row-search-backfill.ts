import type { Db } from "../client";
import { disclosuresMissingRowSearch, fillRowSearch, searchableRowNames, tablesOf } from "../queries/row-search-index";

/** Disclosures per statement: some 60,000 rows, so that an installation with millions fills in a minute or two. */
const BATCH = 500;

/**
 * Fills the row search for every disclosure stored before it existed (an upgraded installation),
 * BATCH disclosures per INSERT … SELECT. A no-op once all are in it.
 */
export async function fillMissingRowSearch(db: Db): Promise<number> {
  const missing = await disclosuresMissingRowSearch({ db });
  for (let i = 0; i < missing.length; i += BATCH) {
    const which = tablesOf(missing.slice(i, i + BATCH));
    await db.transaction(async (tx) => fillRowSearch({ tx, which, names: await searchableRowNames({ tx, which }) }));
  }
  return missing.length;
}
