import { index, numeric, pgTable, smallint, text, uuid, varchar, bigint } from "drizzle-orm/pg-core";
import { disclosures, tableRows } from "./disclosures";

/**
 * One table row of a disclosure as the row search across departments finds it (/rows): its 科目
 * code and normalised name beside the disclosure's year, so that one 科目 of one year is an
 * index lookup among millions of rows. Written with the disclosure's content; the query joins
 * disclosures for the status (published only).
 */
export const rowSearch = pgTable(
  "row_search",
  {
    rowId: bigint("row_id", { mode: "number" })
      .primaryKey()
      .references(() => tableRows.id, { onDelete: "cascade" }),
    disclosureId: uuid("disclosure_id")
      .notNull()
      .references(() => disclosures.id, { onDelete: "cascade" }),
    year: smallint("year").notNull(),
    tableKind: varchar("table_kind", { length: 40 }).notNull(),
    code: varchar("code", { length: 40 }),
    /** the row's name normalised as search queries are (lib/search/normalize.ts) */
    nameKey: text("name_key"),
    /** the row's principal amount in 元 (lib/rows/principal.ts), what the search sorts and ranks by */
    amount: numeric("amount", { precision: 20, scale: 2 }),
  },
  // disclosure_id, amount and row_id in the keys: one 科目 of all years (tens of thousands of rows, each on
  // a heap page of its own) is counted, sorted and paged from the index alone
  (t) => [
    index("row_search_code_year_idx").on(t.code, t.year, t.disclosureId, t.amount, t.rowId),
    index("row_search_name_year_idx").on(t.nameKey, t.year, t.disclosureId, t.amount, t.rowId),
    index("row_search_disclosure_idx").on(t.disclosureId),
  ],
);
