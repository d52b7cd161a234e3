import "server-only";
import { and, asc, count, eq, ilike, or, sql } from "drizzle-orm";
import type { Db } from "../client";
import { departments, districts } from "../schema";

/** LIKE pattern of a search term, its wildcards taken literally. */
const containing = (q: string) => `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/**
 * Every department's disclosure contact (部门预算公开联系人), by district then code, narrowed by
 * a term (in the department's name or code, the contact's name or phone, the district's name)
 * and a district. At most `limit` rows; `total` says how many matched.
 */
export async function listDepartmentContacts({ db, q, districtCode, limit }: { db: Db; q?: string; districtCode?: string; limit: number }) {
  const term = q ? containing(q) : undefined;
  const where = and(
    districtCode ? eq(departments.districtCode, districtCode) : undefined,
    term
      ? or(
          ilike(departments.name, term),
          ilike(departments.code, term),
          ilike(departments.contactName, term),
          ilike(departments.contactPhone, term),
          ilike(districts.name, term),
        )
      : undefined,
  );
  const [rows, [total]] = await Promise.all([
    db
      .select({
        districtCode: districts.code,
        districtName: districts.name,
        code: departments.code,
        name: departments.name,
        contactName: departments.contactName,
        contactPhone: departments.contactPhone,
        published: sql<number>`(select count(*) from disclosures d where d.department_id = ${departments.id} and d.status = 'published')`.mapWith(Number),
      })
      .from(departments)
      .innerJoin(districts, eq(districts.code, departments.districtCode))
      .where(where)
      .orderBy(asc(districts.code), asc(departments.code))
      .limit(limit),
    db.select({ n: count() }).from(departments).innerJoin(districts, eq(districts.code, departments.districtCode)).where(where),
  ]);
  return { total: total?.n ?? 0, rows };
}
