import "server-only";
import { and, type Column, eq, inArray, or, sql, type SQL } from "drizzle-orm";
import { boolean, integer, numeric, pgTable, smallint, text, uuid, varchar } from "drizzle-orm/pg-core";
import type { Db } from "../client";
import { departments, disclosures, districts } from "../schema";
import type { DisclosureListQuery } from "@/lib/disclosure/list-query";
import { tsqueryOf } from "@/lib/search/grams";

export type Dimension = "district" | "year" | "kind" | "department";

/**
 * The published disclosures a search finds, with what its filters, order and facets need: the
 * CTE of hitsCte, so that the page, the count and the facets of one statement read it alone.
 * Declared as a table for its typed columns only; no table of that name exists.
 */
export const searchHit = pgTable("search_hit", {
  id: uuid("id").notNull(),
  departmentId: integer("department_id").notNull(),
  districtCode: varchar("district_code", { length: 6 }).notNull(),
  code: varchar("code", { length: 40 }).notNull(),
  year: smallint("year").notNull(),
  kind: text("kind").$type<"budget" | "final">().notNull(),
  revision: smallint("revision").notNull(),
  totalExpenditure: numeric("total_expenditure", { precision: 20, scale: 2 }),
  /** the query's phrase appears in the department's name or the title */
  inHeading: boolean("in_heading").notNull(),
});

type FilterColumns = Record<"districtCode" | "code" | "year" | "kind", Column>;

/** Each filter of a query as a condition on the given columns; undefined where it is not set. */
export function dimensionFilters({ db, query, columns: c }: { db: Db; query: DisclosureListQuery; columns: FilterColumns }): Record<Dimension, SQL | undefined> {
  const [deptDistrict, deptCode] = (query.department ?? "").split("-");
  return {
    district: query.district
      ? inArray(c.districtCode, db.select({ code: districts.code }).from(districts).where(or(eq(districts.name, query.district), eq(districts.code, query.district))))
      : undefined,
    year: query.year ? eq(c.year, query.year) : undefined,
    kind: query.kind ? eq(c.kind, query.kind) : undefined,
    department: query.department ? and(eq(c.districtCode, deptDistrict!), eq(c.code, deptCode!)) : undefined,
  };
}

/** Rows that fail at most one of the conditions: what facets need, each counting with every filter but its own. */
function atMostOneFails(conditions: SQL[]): SQL | undefined {
  if (conditions.length < 2) return undefined;
  return sql`(${sql.join(conditions.map((c) => sql`(case when ${c} then 0 else 1 end)`), sql` + `)}) <= 1`;
}

/**
 * `search_hit as (…)`: the published disclosures whose grams hold the query (all of them without
 * one) that the facets or the results could count. The grams are looked up through
 * search_matching (migration 0010), which keeps the planner on the GIN index.
 */
export function hitsCte({ db, query, grams, phrase, withFacets }: { db: Db; query: DisclosureListQuery; grams: string[]; phrase: string; withFacets: boolean }): SQL {
  const filters = Object.values(dimensionFilters({ db, query, columns: { districtCode: departments.districtCode, code: departments.code, year: disclosures.year, kind: disclosures.kind } })).filter((c) => c !== undefined);
  const where = and(eq(disclosures.status, "published"), withFacets ? atMostOneFails(filters) : and(...filters));
  const from = grams.length ? sql`search_matching(${tsqueryOf(grams)}::tsquery) as matched(id) inner join ${disclosures} on ${disclosures.id} = matched.id` : sql`${disclosures}`;
  // read once when the grams are looked up; without a query, each part may read the disclosures as suits it best
  return sql`search_hit as ${grams.length ? sql`materialized` : sql`not materialized`} (
    select ${disclosures.id}, ${disclosures.departmentId}, ${departments.districtCode}, ${departments.code}, ${disclosures.year}, ${disclosures.kind}::text as kind,
      ${disclosures.revision}, ${disclosures.totalExpenditure}, (strpos(${departments.name}, ${phrase}) > 0 or strpos(${disclosures.title}, ${phrase}) > 0) as in_heading
    from ${from} inner join ${departments} on ${departments.id} = ${disclosures.departmentId}
    where ${where})`;
}
