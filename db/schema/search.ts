import { bigint, boolean, check, customType, index, pgTable, uuid } from "drizzle-orm/pg-core";
import { sql } from "drizzle-orm";
import { disclosures } from "./disclosures";

const tsvector = customType<{ data: string }>({ dataType: () => "tsvector" });

/**
 * The search index of a disclosure: its character grams (lib/search/grams.ts), weighted A for
 * the department and title, D for the narrative, tables and targets. GIN-indexed.
 */
export const disclosureSearch = pgTable(
  "disclosure_search",
  {
    disclosureId: uuid("disclosure_id")
      .primaryKey()
      .references(() => disclosures.id, { onDelete: "cascade" }),
    vector: tsvector("vector").notNull(),
  },
  (t) => [index("disclosure_search_vector_idx").using("gin", t.vector)],
);

/**
 * One row: a number that changes, in the same transaction, with anything a public search or the
 * row search shows or counts — a published disclosure written, changed or leaving "published",
 * the search index or row search entries of a published one, a department's or district's name
 * or code. Triggers bump it (migration 0010), so no write path can forget to; every instance's
 * cached answers (db/queries/search-cache.ts) hold while it stands.
 */
export const searchGeneration = pgTable(
  "search_generation",
  {
    id: boolean("id").primaryKey().default(true),
    n: bigint("n", { mode: "number" }).notNull().default(0),
  },
  (t) => [check("search_generation_one_row", sql`${t.id}`)],
);
