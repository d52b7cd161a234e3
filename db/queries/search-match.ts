import "server-only";
import { sql } from "drizzle-orm";
import { pgTable, uuid } from "drizzle-orm/pg-core";
import type { Tx } from "../client";
import { disclosureSearch } from "../schema";
import { tsqueryOf } from "@/lib/search/grams";

/** The temporary table of collectMatches; not part of the schema, so no migration creates it. */
export const searchMatch = pgTable("search_match", { id: uuid("id").notNull() });

/**
 * The disclosures whose grams hold the query, into a per-connection temporary table emptied at
 * commit. A gram found in nearly every disclosure (费, 接待) makes the planner prefer reading the
 * whole table, which decompresses every stored vector (hundreds of ms at 30,000 disclosures); the
 * GIN index answers the same in a few ms, so here, and only here, the other paths are switched off.
 */
export async function collectMatches({ tx, grams }: { tx: Tx; grams: string[] }) {
  await tx.execute(sql`create temp table if not exists search_match (id uuid not null) on commit delete rows`);
  await tx.execute(sql`set local enable_seqscan = off`);
  await tx.execute(sql`set local enable_indexscan = off`);
  await tx.execute(sql`insert into ${searchMatch} select ${disclosureSearch.disclosureId} from ${disclosureSearch} where ${disclosureSearch.vector} @@ ${tsqueryOf(grams)}::tsquery`);
  await tx.execute(sql`set local enable_seqscan = on`);
  await tx.execute(sql`set local enable_indexscan = on`);
}
