import "server-only";
import { and, count, desc, eq, inArray, or, sql, type SQL } from "drizzle-orm";
import { type PgSelect, pgTable, uuid } from "drizzle-orm/pg-core";
import type { Db, Tx } from "../client";
import { rowsOf } from "../rows";
import { listDistrictNames } from "./districts";
import { departments, disclosureSearch, disclosures, districts } from "../schema";
import { type DisclosureListQuery, KIND_LABELS } from "@/lib/disclosure/list-query";
import { queryGrams, tsqueryOf } from "@/lib/search/grams";
import { normalizeSearchText } from "@/lib/search/normalize";

export interface PublishedDisclosureItem {
  id: string;
  district: string;
  department: { key: string; code: string; name: string };
  year: number;
  kind: "budget" | "final";
  title: string;
  totals: { income: string | null; expenditure: string | null; basic: string | null; project: string | null; threePublic: string | null };
  /** the department's own publication date where known, else the portal's: YYYY-MM-DD */
  publishedOn: string | null;
  url: string;
}

type Dimension = "district" | "year" | "kind" | "department";

export interface Facet {
  value: string;
  label: string;
  count: number;
}
export type Facets = Record<Dimension, Facet[]>;

/** The temporary table of collectMatches; not part of the schema, so no migration creates it. */
const searchMatch = pgTable("search_match", { id: uuid("id").notNull() });

/**
 * The disclosures whose grams hold the query, into a per-connection temporary table emptied at
 * commit. A gram found in nearly every disclosure (费, 接待) makes the planner prefer reading the
 * whole table, which decompresses every stored vector (hundreds of ms at 30,000 disclosures); the
 * GIN index answers the same in a few ms, so here, and only here, the other paths are switched off.
 */
async function collectMatches({ tx, grams }: { tx: Tx; grams: string[] }) {
  await tx.execute(sql`create temp table if not exists search_match (id uuid not null) on commit delete rows`);
  await tx.execute(sql`set local enable_seqscan = off`);
  await tx.execute(sql`set local enable_indexscan = off`);
  await tx.execute(sql`insert into ${searchMatch} select ${disclosureSearch.disclosureId} from ${disclosureSearch} where ${disclosureSearch.vector} @@ ${tsqueryOf(grams)}::tsquery`);
  await tx.execute(sql`set local enable_seqscan = on`);
  await tx.execute(sql`set local enable_indexscan = on`);
}

interface FacetRow {
  dimension: Dimension | "all";
  district_code: string | null;
  year: number | null;
  kind: "budget" | "final" | null;
  department_id: number | null;
  n: number;
}

const byCount = (a: Facet, b: Facet) => b.count - a.count || a.value.localeCompare(b.value);

/**
 * Every facet and the total in one pass: each grouping set counts the rows that meet every
 * filter but its own dimension's, so that facets narrow together and one can still switch
 * within a facet. The pass groups by codes and ids only; the few names shown are read after.
 */
async function facetCounts({ tx, matched, byDimension }: { tx: Tx; matched: boolean; byDimension: Record<Dimension, SQL | undefined> }): Promise<{ total: number; facets: Facets }> {
  const all = (skip?: Dimension) => and(sql`true`, ...Object.entries(byDimension).filter(([d]) => d !== skip).map(([, c]) => c))!;
  const [district, year, kind, department] = [departments.districtCode, disclosures.year, disclosures.kind, disclosures.departmentId];
  const result = await tx.execute(sql`
    select
      case when grouping(${district}) = 0 then 'district' when grouping(${year}) = 0 then 'year'
           when grouping(${kind}) = 0 then 'kind' when grouping(${department}) = 0 then 'department' else 'all' end as dimension,
      ${district} as district_code, ${year} as year, ${kind} as kind, ${department} as department_id,
      (case when grouping(${district}) = 0 then count(*) filter (where ${all("district")})
            when grouping(${year}) = 0 then count(*) filter (where ${all("year")})
            when grouping(${kind}) = 0 then count(*) filter (where ${all("kind")})
            when grouping(${department}) = 0 then count(*) filter (where ${all("department")})
            else count(*) filter (where ${all()}) end)::int as n
    from ${disclosures}
    inner join ${departments} on ${departments.id} = ${disclosures.departmentId}
    ${matched ? sql`inner join ${searchMatch} on ${searchMatch.id} = ${disclosures.id}` : sql``}
    where ${disclosures.status} = 'published'
    group by grouping sets ((${district}), (${year}), (${kind}), (${department}), ())`);
  const rows = rowsOf<FacetRow>(result).filter((r) => r.n > 0 || r.dimension === "all");
  const of = (d: Dimension) => rows.filter((r) => r.dimension === d);
  const topDepartments = of("department")
    .sort((a, b) => b.n - a.n || a.department_id! - b.department_id!)
    .slice(0, 30);
  const [districtNames, departmentNames] = await Promise.all([
    listDistrictNames({ db: tx }),
    topDepartments.length
      ? tx
          .select({ id: departments.id, districtCode: departments.districtCode, code: departments.code, name: departments.name })
          .from(departments)
          .where(inArray(departments.id, topDepartments.map((r) => r.department_id!)))
      : [],
  ]);
  const districtName = new Map(districtNames.map((d) => [d.code, d.name]));
  const departmentOf = new Map(departmentNames.map((d) => [d.id, d]));
  return {
    total: rows.find((r) => r.dimension === "all")?.n ?? 0,
    facets: {
      district: of("district")
        .map((r) => ({ value: r.district_code!, label: districtName.get(r.district_code!) ?? r.district_code!, count: r.n }))
        .sort(byCount),
      year: of("year")
        .map((r) => ({ value: String(r.year), label: `${r.year} 年`, count: r.n }))
        .sort((a, b) => Number(b.value) - Number(a.value)),
      kind: of("kind").map((r) => ({ value: r.kind!, label: KIND_LABELS[r.kind!], count: r.n })),
      department: topDepartments
        .flatMap((r) => {
          const d = departmentOf.get(r.department_id!);
          return d ? [{ value: `${d.districtCode}-${d.code}`, label: d.name, count: r.n }] : [];
        })
        .sort(byCount),
    },
  };
}

/** A date as people in Chongqing read it: YYYY-MM-DD. */
const shanghaiDate = new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Shanghai", year: "numeric", month: "2-digit", day: "2-digit" });

/** The most results a download holds. */
export const EXPORT_LIMIT = 5000;

/**
 * Published disclosures only: drafts, submitted, returned, approved and retracted ones never
 * leave the admin area. `q` is searched in everything a disclosure says (lib/search/grams.ts);
 * those whose department or title holds it as written come first. With `withFacets`, counts by
 * district, year, kind and department come too.
 */
export async function listPublishedDisclosures({ db, query, withFacets = false }: { db: Db; query: DisclosureListQuery; withFacets?: boolean }) {
  const found = await searchPublished({ db, query, limit: query.pageSize, offset: (query.page - 1) * query.pageSize, withFacets });
  return { total: found.total, page: query.page, pageSize: query.pageSize, items: found.items, ...(found.facets ? { facets: found.facets } : {}) };
}

/** The first EXPORT_LIMIT results of a search, in its order, for a download; `total` says how many there are in all. */
export async function listPublishedDisclosuresForExport({ db, query }: { db: Db; query: DisclosureListQuery }) {
  return searchPublished({ db, query, limit: EXPORT_LIMIT, offset: 0, withFacets: false });
}

async function searchPublished({ db, query, limit, offset, withFacets }: { db: Db; query: DisclosureListQuery; limit: number; offset: number; withFacets: boolean }) {
  const grams = query.q ? queryGrams(query.q) : [];
  const phrase = normalizeSearchText(query.q ?? "");
  const [deptDistrict, deptCode] = (query.department ?? "").split("-");
  const byDimension: Record<Dimension, SQL | undefined> = {
    district: query.district
      ? inArray(departments.districtCode, db.select({ code: districts.code }).from(districts).where(or(eq(districts.name, query.district), eq(districts.code, query.district))))
      : undefined,
    year: query.year ? eq(disclosures.year, query.year) : undefined,
    kind: query.kind ? eq(disclosures.kind, query.kind) : undefined,
    department: query.department ? and(eq(departments.districtCode, deptDistrict!), eq(departments.code, deptCode!)) : undefined,
  };
  const inHeading = sql`(strpos(${departments.name}, ${phrase}) > 0 or strpos(${disclosures.title}, ${phrase}) > 0)`;
  const sort = query.sort ?? (grams.length ? "relevance" : "year");
  const order = {
    relevance: grams.length ? [sql`${inHeading} desc`, desc(disclosures.year)] : [desc(disclosures.year)],
    year: [desc(disclosures.year)],
    amount: [sql`${disclosures.totalExpenditure} desc nulls last`, desc(disclosures.year)],
  }[sort];

  const where = and(eq(disclosures.status, "published"), ...Object.values(byDimension));
  // each published disclosure that matches, with its department
  const matching = <T extends PgSelect>(qb: T) => {
    const withDepartment = qb.innerJoin(departments, eq(departments.id, disclosures.departmentId));
    return (grams.length ? withDepartment.innerJoin(searchMatch, eq(searchMatch.id, disclosures.id)) : withDepartment).where(where);
  };

  return db.transaction(async (tx) => {
    if (grams.length) await collectMatches({ tx, grams });
    // the page's ids first, from narrow rows; then the page itself
    const page = await matching(tx.select({ id: disclosures.id }).from(disclosures).$dynamic())
      .orderBy(...order, departments.districtCode, departments.code, desc(disclosures.revision))
      .limit(limit)
      .offset(offset);
    const ids = page.map((r) => r.id);
    // what a result shows, not the disclosure's narrative and findings
    const rows = ids.length
      ? await tx
          .select({
            disclosures: {
              id: disclosures.id,
              year: disclosures.year,
              kind: disclosures.kind,
              title: disclosures.title,
              totalIncome: disclosures.totalIncome,
              totalExpenditure: disclosures.totalExpenditure,
              basicTotal: disclosures.basicTotal,
              projectTotal: disclosures.projectTotal,
              threePublicTotal: disclosures.threePublicTotal,
              disclosedOn: disclosures.disclosedOn,
              publishedAt: disclosures.publishedAt,
            },
            departments: { districtCode: departments.districtCode, code: departments.code, name: departments.name },
            districts: { name: districts.name },
          })
          .from(disclosures)
          .innerJoin(departments, eq(departments.id, disclosures.departmentId))
          .innerJoin(districts, eq(districts.code, departments.districtCode))
          .where(inArray(disclosures.id, ids))
      : [];
    const counted = withFacets
      ? await facetCounts({ tx, matched: grams.length > 0, byDimension })
      : { total: (await matching(tx.select({ n: count() }).from(disclosures).$dynamic()))[0]!.n };
    const position = new Map(ids.map((id, i) => [id, i]));
    const items: PublishedDisclosureItem[] = rows
      .sort((a, b) => position.get(a.disclosures.id)! - position.get(b.disclosures.id)!)
      .map(({ disclosures: d, departments: dept, districts: dist }) => ({
        id: d.id,
        district: dist.name,
        department: { key: `${dept.districtCode}-${dept.code}`, code: dept.code, name: dept.name },
        year: d.year,
        kind: d.kind,
        title: d.title,
        totals: {
          income: d.totalIncome,
          expenditure: d.totalExpenditure,
          basic: d.basicTotal,
          project: d.projectTotal,
          threePublic: d.threePublicTotal,
        },
        publishedOn: d.disclosedOn ?? (d.publishedAt ? shanghaiDate.format(d.publishedAt) : null),
        url: `/disclosures/${d.id}`,
      }));
    return { total: counted.total, items, facets: "facets" in counted ? counted.facets : undefined };
  });
}

/** Every public revision of a department's disclosure for a year and kind, newest first. */
export async function listPublicRevisions({ db, departmentId, year, kind }: { db: Db; departmentId: number; year: number; kind: "budget" | "final" }) {
  return db
    .select({
      id: disclosures.id,
      revision: disclosures.revision,
      status: disclosures.status,
      publishedAt: disclosures.publishedAt,
      disclosedOn: disclosures.disclosedOn,
      revisionReason: disclosures.revisionReason,
      retractionReason: disclosures.retractionReason,
    })
    .from(disclosures)
    .where(
      and(
        eq(disclosures.departmentId, departmentId),
        eq(disclosures.year, year),
        eq(disclosures.kind, kind),
        inArray(disclosures.status, ["published", "superseded", "retracted"]),
      ),
    )
    .orderBy(desc(disclosures.revision));
}


/** The current published disclosure of each year of a department, oldest first, with headline figures. */
export async function listDepartmentYears({ db, departmentId }: { db: Db; departmentId: number }) {
  return db
    .select({
      id: disclosures.id,
      year: disclosures.year,
      kind: disclosures.kind,
      revision: disclosures.revision,
      sourceUnit: disclosures.sourceUnit,
      totalExpenditure: disclosures.totalExpenditure,
      basicTotal: disclosures.basicTotal,
      projectTotal: disclosures.projectTotal,
      threePublicTotal: disclosures.threePublicTotal,
    })
    .from(disclosures)
    .where(and(eq(disclosures.departmentId, departmentId), eq(disclosures.status, "published")))
    .orderBy(disclosures.year, disclosures.kind);
}

/** The public pages a sitemap lists: districts, and published disclosures (never a draft). */
export async function listSitemapEntries({ db }: { db: Db }) {
  const [districtRows, disclosureRows] = await Promise.all([
    db.select({ code: districts.code }).from(districts).orderBy(districts.code),
    db
      .select({ id: disclosures.id, publishedAt: disclosures.publishedAt })
      .from(disclosures)
      .where(eq(disclosures.status, "published"))
      .orderBy(desc(disclosures.publishedAt))
      .limit(45_000),
  ]);
  return { districts: districtRows, disclosures: disclosureRows };
}
