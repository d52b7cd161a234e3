import "server-only";
import { and, asc, desc, eq, inArray, sql } from "drizzle-orm";
import type { Db } from "../client";
import { departments, disclosures, districts } from "../schema";
import { CACHED_IDS, type Counted, readSearchGeneration, searchCaches } from "./search-cache";
import { type FacetRow, facetRows, facetsOf } from "./search-facets";
import { dimensionFilters, hitsCte, searchHit } from "./search-hits";
import { rowsOf } from "../rows";
import type { DisclosureListQuery } from "@/lib/disclosure/list-query";
import { queryGrams } from "@/lib/search/grams";
import { normalizeSearchText } from "@/lib/search/normalize";
import { searchKeys } from "@/lib/search/answer-keys";

export type { Facet, Facets } from "./search-facets";

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

/** A json value: postgres.js parses it, PGlite's raw statements may leave it text. */
type Json<T> = T | string;
const parsed = <T>(v: Json<T>): T => (typeof v === "string" ? (JSON.parse(v) as T) : v);

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
  const byDimension = dimensionFilters({ db, query, columns: searchHit });
  const sort = query.sort ?? (grams.length ? "relevance" : "year");
  const order = {
    relevance: grams.length ? [desc(searchHit.inHeading), desc(searchHit.year)] : [desc(searchHit.year)],
    year: [desc(searchHit.year)],
    amount: [sql`${searchHit.totalExpenditure} desc nulls last`, desc(searchHit.year)],
  }[sort];
  const where = and(...Object.values(byDimension));

  // a repeated search is answered from the cache while nothing it shows has changed; the
  // generation is read first, so an answer is never kept under a newer one than it saw
  const generation = await readSearchGeneration({ db });
  const caches = searchCaches(db);
  const keys = searchKeys({ grams, phrase, sort, query });
  const cachedPage = offset + limit <= CACHED_IDS;
  let ids = cachedPage ? caches.pages.get(generation, keys.page)?.slice(offset, offset + limit) : undefined;
  let counted: Counted | undefined = caches.counts.get(generation, keys.counts);
  if (withFacets && !counted?.facets) counted = undefined;
  if (!ids || !counted) {
    // one statement: the matches read once, then the page's ids (the first pages at once when
    // they are kept) and the count or the facets from them
    const needPage = !ids;
    const needFacets = !counted && withFacets;
    const filter = where ?? sql`true`;
    const page = sql`select id from search_hit where ${filter}
      order by ${sql.join([...order, asc(searchHit.districtCode), asc(searchHit.code), desc(searchHit.revision), asc(searchHit.id)], sql`, `)}
      limit ${cachedPage ? CACHED_IDS : limit} offset ${cachedPage ? 0 : offset}`;
    const [answer] = rowsOf<{ page: Json<string[]> | null; facets: Json<FacetRow[]> | null; total: number | null }>(
      await db.execute(sql`with ${hitsCte({ db, query, grams, phrase, withFacets: needFacets })}
        select ${needPage ? sql`(select coalesce(json_agg(id), '[]') from (${page}) page)` : sql`null`} as page,
               ${needFacets ? sql`(select coalesce(json_agg(f), '[]') from (${facetRows({ byDimension })}) f)` : sql`null`} as facets,
               ${!counted && !withFacets ? sql`(select count(*)::int from search_hit where ${filter})` : sql`null`} as total`),
    );
    if (needPage) {
      const first = parsed(answer!.page!);
      if (cachedPage) caches.pages.set(generation, keys.page, first);
      ids = cachedPage ? first.slice(offset, offset + limit) : first;
    }
    if (!counted) {
      counted = needFacets ? facetsOf(parsed(answer!.facets!)) : { total: answer!.total! };
      caches.counts.set(generation, keys.counts, counted);
    }
  }
  const pageIds = ids!;
  const { total, facets } = counted!;
  // what a result shows, not the disclosure's narrative and findings; read afresh
  const rows = pageIds.length
    ? await db
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
        .where(inArray(disclosures.id, pageIds))
    : [];
  const position = new Map(pageIds.map((id, i) => [id, i]));
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
  return { total, items, facets: withFacets ? facets : undefined };
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
