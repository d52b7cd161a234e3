import "server-only";
import { and, count, desc, eq, inArray, or, sql, type SQL } from "drizzle-orm";
import type { PgSelect } from "drizzle-orm/pg-core";
import type { Db } from "../client";
import { departments, disclosureSearch, disclosures, districts } from "../schema";
import type { DisclosureListQuery } from "@/lib/disclosure/list-query";
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


/**
 * Published disclosures only: drafts, submitted, returned, approved and retracted ones never
 * leave the admin area. `q` is searched in everything a disclosure says (lib/search/grams.ts),
 * best matches first.
 */
export async function listPublishedDisclosures({ db, query }: { db: Db; query: DisclosureListQuery }) {
  const where: (SQL | undefined)[] = [eq(disclosures.status, "published")];
  const grams = query.q ? queryGrams(query.q) : [];
  const match = grams.length ? sql`${tsqueryOf(grams)}::tsquery` : null;
  if (match) where.push(sql`${disclosureSearch.vector} @@ ${match}`);
  if (query.district) where.push(or(eq(districts.name, query.district), eq(districts.code, query.district)));
  if (query.year) where.push(eq(disclosures.year, query.year));
  if (query.kind) where.push(eq(disclosures.kind, query.kind));
  if (query.department) {
    const [districtCode, code] = query.department.split("-") as [string, string];
    where.push(and(eq(departments.districtCode, districtCode), eq(departments.code, code)));
  }
  const condition = and(...where);
  const joinAll = <T extends PgSelect>(qb: T) =>
    qb
      .innerJoin(departments, eq(departments.id, disclosures.departmentId))
      .innerJoin(districts, eq(districts.code, departments.districtCode))
      .innerJoin(disclosureSearch, eq(disclosureSearch.disclosureId, disclosures.id))
      .where(condition);

  const [totalRow] = await joinAll(db.select({ n: count() }).from(disclosures).$dynamic());
  const rows = await joinAll(db.select().from(disclosures).$dynamic())
    .orderBy(
      ...(match ? [desc(sql`ts_rank(${disclosureSearch.vector}, ${match})`)] : []),
      desc(disclosures.year),
      districts.code,
      departments.code,
      desc(disclosures.revision),
    )
    .limit(query.pageSize)
    .offset((query.page - 1) * query.pageSize);

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
  return { total: totalRow?.n ?? 0, page: query.page, pageSize: query.pageSize, items };
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
