import { customType, index, pgTable, uuid } from "drizzle-orm/pg-core";
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
