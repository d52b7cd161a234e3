import "server-only";
import { and, asc, count, eq, sql } from "drizzle-orm";
import type { Db, Tx } from "../client";
import { departments, disclosures, districts } from "../schema";

/** Every district's code and name, in code order: what a district picker needs, without counting anything. */
export async function listDistrictNames({ db }: { db: Db | Tx }) {
  return db.select({ code: districts.code, name: districts.name }).from(districts).orderBy(asc(districts.code));
}

/** Every district with how many departments it has and how many disclosures they published. */
export async function listDistrictsWithCounts({ db }: { db: Db }) {
  const published = db
    .select({ districtCode: departments.districtCode, n: count().as("published") })
    .from(disclosures)
    .innerJoin(departments, eq(departments.id, disclosures.departmentId))
    .where(eq(disclosures.status, "published"))
    .groupBy(departments.districtCode)
    .as("published");
  const depts = db
    .select({ districtCode: departments.districtCode, n: count().as("departments") })
    .from(departments)
    .groupBy(departments.districtCode)
    .as("depts");
  return db
    .select({
      code: districts.code,
      name: districts.name,
      type: districts.type,
      departments: sql<number>`coalesce(${depts.n}, 0)`.mapWith(Number),
      published: sql<number>`coalesce(${published.n}, 0)`.mapWith(Number),
    })
    .from(districts)
    .leftJoin(depts, eq(depts.districtCode, districts.code))
    .leftJoin(published, eq(published.districtCode, districts.code))
    .orderBy(asc(districts.code));
}

export async function findDistrict({ db, code }: { db: Db; code: string }) {
  const [row] = await db.select().from(districts).where(eq(districts.code, code)).limit(1);
  return row;
}

/**
 * The departments of a district with their disclosure contact and the headline figures of their
 * latest published budget, for the public.
 */
export async function listDistrictDepartments({ db, districtCode }: { db: Db; districtCode: string }) {
  const latest = db
    .selectDistinctOn([disclosures.departmentId], {
      departmentId: disclosures.departmentId,
      id: disclosures.id,
      year: disclosures.year,
      totalExpenditure: disclosures.totalExpenditure,
      threePublicTotal: disclosures.threePublicTotal,
    })
    .from(disclosures)
    .where(and(eq(disclosures.status, "published"), eq(disclosures.kind, "budget")))
    .orderBy(disclosures.departmentId, sql`${disclosures.year} desc`)
    .as("latest");
  return db
    .select({
      id: departments.id,
      code: departments.code,
      name: departments.name,
      contactName: departments.contactName,
      contactPhone: departments.contactPhone,
      latestId: latest.id,
      latestYear: latest.year,
      totalExpenditure: latest.totalExpenditure,
      threePublicTotal: latest.threePublicTotal,
      published: sql<number>`(select count(*) from ${disclosures} where ${and(eq(disclosures.departmentId, departments.id), eq(disclosures.status, "published"))})`.mapWith(Number),
    })
    .from(departments)
    .leftJoin(latest, eq(latest.departmentId, departments.id))
    .where(eq(departments.districtCode, districtCode))
    .orderBy(asc(departments.code));
}
