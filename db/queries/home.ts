import "server-only";
import { and, asc, count, countDistinct, desc, eq, max, sql } from "drizzle-orm";
import { dayInBeijing } from "@/lib/disclosure/publication-date";
import type { Db } from "../client";
import { departments, disclosures, districts } from "../schema";

const published = eq(disclosures.status, "published");

/**
 * The budget year the home page counts: the latest year any department has published a budget
 * for, or the calendar year (Beijing time) before anyone has. Not simply the calendar year: in
 * December most departments have published this year's budget and none yet next year's.
 */
export async function currentBudgetYear({ db, now }: { db: Db; now: Date }): Promise<number> {
  const [row] = await db
    .select({ year: max(disclosures.year) })
    .from(disclosures)
    .where(and(published, eq(disclosures.kind, "budget")));
  return row?.year ?? Number(dayInBeijing(now).slice(0, 4));
}

/**
 * Every district, in code order, with its departments, how many of them have published `year`'s
 * budget, and how many disclosures its departments have published in all: one grouped query.
 */
export async function listDistrictProgress({ db, year }: { db: Db; year: number }) {
  return db
    .select({
      code: districts.code,
      name: districts.name,
      type: districts.type,
      departments: countDistinct(departments.id),
      publishedThisYear: sql<number>`count(distinct ${disclosures.departmentId}) filter (where ${disclosures.year} = ${year} and ${disclosures.kind} = 'budget')`.mapWith(Number),
      published: count(disclosures.id),
    })
    .from(districts)
    .leftJoin(departments, eq(departments.districtCode, districts.code))
    .leftJoin(disclosures, and(eq(disclosures.departmentId, departments.id), published))
    .groupBy(districts.code)
    .orderBy(asc(districts.code));
}

/**
 * The most recently dated published disclosures: by the date the public is shown (the
 * department's own where known, else the day the portal published it), newest first.
 */
export async function listLatestPublications({ db, limit }: { db: Db; limit: number }) {
  return db
    .select({
      id: disclosures.id,
      year: disclosures.year,
      kind: disclosures.kind,
      title: disclosures.title,
      disclosedOn: disclosures.disclosedOn,
      publishedAt: disclosures.publishedAt,
      department: departments.name,
      districtCode: districts.code,
      district: districts.name,
    })
    .from(disclosures)
    .innerJoin(departments, eq(departments.id, disclosures.departmentId))
    .innerJoin(districts, eq(districts.code, departments.districtCode))
    .where(published)
    .orderBy(
      sql`coalesce(${disclosures.disclosedOn}, (${disclosures.publishedAt} at time zone 'Asia/Shanghai')::date) desc`,
      desc(disclosures.publishedAt),
      asc(disclosures.id),
    )
    .limit(limit);
}
