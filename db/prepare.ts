import type { DbHandle, DbTarget, Db } from "./client";
import { migrationsFolder } from "./client";
import * as schema from "./schema";
import { loadReferenceData } from "./seed/reference";
import { loadSampleData } from "./seed/sample";
import { fillMissingRowSearch } from "./seed/row-search-backfill";
import { indexUnindexedDisclosures } from "./seed/search-backfill";

/**
 * Migrates (idempotently) and loads reference and sample data. On a PostgreSQL server several
 * processes may start at once: an advisory lock held on one dedicated connection serialises them.
 */
export async function prepareDatabase(handle: DbHandle, target: DbTarget): Promise<void> {
  if ("url" in target) {
    const [{ default: postgres }, { drizzle }, { migrate }] = await Promise.all([
      import("postgres"),
      import("drizzle-orm/postgres-js"),
      import("drizzle-orm/postgres-js/migrator"),
    ]);
    const client = postgres(target.url, { max: 1, onnotice: () => {} });
    try {
      await client`select pg_advisory_lock(hashtext('cq-budget-disclosure:prepare'))`;
      const db = drizzle(client, { schema });
      await migrate(db, { migrationsFolder });
      await loadData(db as unknown as Db);
    } finally {
      await client.end({ timeout: 5 });
    }
    return;
  }
  const { migrate } = await import("drizzle-orm/pglite/migrator");
  await migrate(handle.db as never, { migrationsFolder });
  await loadData(handle.db);
}

async function loadData(db: Db): Promise<void> {
  await loadReferenceData(db);
  await loadSampleData(db);
  await indexUnindexedDisclosures(db);
  await fillMissingRowSearch(db);
}
