import "server-only";
import { and, count, desc, eq, inArray, or, sql, type SQL } from "drizzle-orm";
import type { PgSelect } from "drizzle-orm/pg-core";
import type { Db } from "../client";
import { departments, disclosureSearch, disclosures, districts } from "../schema";
import { type DisclosureListQuery, KIND_LABELS } from "@/lib/disclosure/list-query";
import { queryGrams, tsqueryOf } from "@/lib/search/grams";

export interface PublishedDisclosureItem {
  id: string;
  district: string;
  department: { key: string; code: string; name: string };
  year: number;
  kind: "budget" | "final";
  title: string;
  totals: { income: string | null; expenditure: string | null; basic: string | null; project: string | null; threePublic: string | null };
  url: string;
}


type Dimension = "district" | "year" | "kind" | "department";

export interface Facet {
  value: string;
  label: string;
  count: number;
}
export type Facets = Record<Dimension, Facet[]>;

/**
 * Published disclosures only: drafts, submitted, returned, approved and retracted ones never
 * leave the admin area. `q` is searched in everything a disclosure says (lib/search/grams.ts).
 * With `withFacets`, counts by district, year, kind and department come too, each counted under
 * every other filter, so that they narrow together and one can still switch within a facet.
 */
export async function listPublishedDisclosures({ db, query, withFacets = false }: { db: Db; query: DisclosureListQuery; withFacets?: boolean }) {
  const grams = query.q ? queryGrams(query.q) : [];
  const match = grams.length ? sql`${tsqueryOf(grams)}::tsquery` : null;
  const base: (SQL | undefined)[] = [eq(disclosures.status, "published"), match ? sql`${disclosureSearch.vector} @@ ${match}` : undefined];
  const [deptDistrict, deptCode] = (query.department ?? "").split("-");
  const byDimension: Record<Dimension, SQL | undefined> = {
    district: query.district ? or(eq(districts.name, query.district), eq(districts.code, query.district)) : undefined,
    year: query.year ? eq(disclosures.year, query.year) : undefined,
    kind: query.kind ? eq(disclosures.kind, query.kind) : undefined,
    department: query.department ? and(eq(departments.districtCode, deptDistrict!), eq(departments.code, deptCode!)) : undefined,
  };
  const conditionExcept = (skip?: Dimension) =>
    and(...base, ...Object.entries(byDimension).filter(([d]) => d !== skip).map(([, c]) => c));
  const joinAll = <T extends PgSelect>(qb: T, skip?: Dimension) =>
    qb
      .innerJoin(departments, eq(departments.id, disclosures.departmentId))
      .innerJoin(districts, eq(districts.code, departments.districtCode))
      .leftJoin(disclosureSearch, eq(disclosureSearch.disclosureId, disclosures.id))
      .where(conditionExcept(skip));

  const facetCounts = async (): Promise<Facets> => {
    const n = count();
    const [district, year, kind, department] = await Promise.all([
      joinAll(db.select({ value: districts.code, label: districts.name, count: n }).from(disclosures).$dynamic(), "district")
        .groupBy(districts.code, districts.name)
        .orderBy(desc(n), districts.code),
      joinAll(db.select({ value: disclosures.year, count: n }).from(disclosures).$dynamic(), "year")
        .groupBy(disclosures.year)
        .orderBy(desc(disclosures.year)),
      joinAll(db.select({ value: disclosures.kind, count: n }).from(disclosures).$dynamic(), "kind").groupBy(disclosures.kind),
      joinAll(
        db.select({ districtCode: departments.districtCode, code: departments.code, label: departments.name, count: n }).from(disclosures).$dynamic(),
        "department",
      )
        .groupBy(departments.districtCode, departments.code, departments.name)
        .orderBy(desc(n), departments.districtCode, departments.code)
        .limit(30),
    ]);
    return {
      district,
      year: year.map((y) => ({ value: String(y.value), label: `${y.value} 年`, count: y.count })),
      kind: kind.map((k) => ({ value: k.value, label: KIND_LABELS[k.value], count: k.count })),
      department: department.map((d) => ({ value: `${d.districtCode}-${d.code}`, label: d.label, count: d.count })),
    };
  };

  const sort = query.sort ?? (match ? "relevance" : "year");
  const order = {
    relevance: match ? [desc(sql`ts_rank(${disclosureSearch.vector}, ${match})`), desc(disclosures.year)] : [desc(disclosures.year)],
    year: [desc(disclosures.year)],
    amount: [sql`${disclosures.totalExpenditure} desc nulls last`, desc(disclosures.year)],
  }[sort];

  const [[totalRow], rows, facets] = await Promise.all([
    joinAll(db.select({ n: count() }).from(disclosures).$dynamic()),
    joinAll(db.select().from(disclosures).$dynamic())
      .orderBy(...order, districts.code, departments.code, desc(disclosures.revision))
      .limit(query.pageSize)
      .offset((query.page - 1) * query.pageSize),
    withFacets ? facetCounts() : Promise.resolve(undefined),
  ]);
  const items: PublishedDisclosureItem[] = rows.map(({ disclosures: d, departments: dept, districts: dist }) => ({
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
    url: `/disclosures/${d.id}`,
  }));
  return { total: totalRow?.n ?? 0, page: query.page, pageSize: query.pageSize, items, ...(facets ? { facets } : {}) };
}

/** Every public revision of a department's disclosure for a year and kind, newest first. */
export async function listPublicRevisions({ db, departmentId, year, kind }: { db: Db; departmentId: number; year: number; kind: "budget" | "final" }) {
  return db
    .select({
      id: disclosures.id,
      revision: disclosures.revision,
      status: disclosures.status,
      publishedAt: disclosures.publishedAt,
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
