import "server-only";
import { and, asc, count, eq, ilike, or, sql, type SQL } from "drizzle-orm";
import type { Db, Tx } from "../client";
import { departments, disclosures, districts } from "../schema";

export type DepartmentRow = typeof departments.$inferSelect;
export type DepartmentValues = Pick<DepartmentRow, "districtCode" | "code" | "name" | "parentId" | "contactName" | "contactPhone">;

/** A department by id; `lock` holds its row until the transaction ends (FOR UPDATE). */
export async function findDepartmentById({ db, id, lock = false }: { db: Db | Tx; id: number; lock?: boolean }) {
  const query = db.select().from(departments).where(eq(departments.id, id)).limit(1);
  const [row] = lock ? await query.for("update") : await query;
  return row;
}

export async function findDepartmentByCode({ db, districtCode, code }: { db: Db | Tx; districtCode: string; code: string }) {
  const [row] = await db
    .select()
    .from(departments)
    .where(and(eq(departments.districtCode, districtCode), eq(departments.code, code)))
    .limit(1);
  return row;
}

/** The id and parent of every department of a district, to refuse a parent that would make a cycle. */
export async function listDistrictParentLinks({ db, districtCode }: { db: Db | Tx; districtCode: string }) {
  return db.select({ id: departments.id, parentId: departments.parentId }).from(departments).where(eq(departments.districtCode, districtCode));
}

/** The departments of a district as choices for a picker. */
export async function listDepartmentOptions({ db, districtCode }: { db: Db; districtCode: string }) {
  return db
    .select({ id: departments.id, code: departments.code, name: departments.name })
    .from(departments)
    .where(eq(departments.districtCode, districtCode))
    .orderBy(asc(departments.code));
}

export async function insertDepartment({ tx, values }: { tx: Tx; values: DepartmentValues }) {
  const [row] = await tx.insert(departments).values(values).returning();
  if (!row) throw new Error("insert departments returned no row");
  return row;
}

export async function updateDepartmentRow({ tx, id, values }: { tx: Tx; id: number; values: Omit<DepartmentValues, "districtCode"> }) {
  const [row] = await tx.update(departments).set(values).where(eq(departments.id, id)).returning();
  if (!row) throw new Error("update departments returned no row");
  return row;
}

/** One page of departments, by district and code, optionally of one district and matching a search. */
export async function listDepartmentsPage({
  db,
  districtCode,
  q,
  page,
  pageSize,
}: {
  db: Db;
  districtCode?: string;
  q?: string;
  page: number;
  pageSize: number;
}) {
  const conditions: SQL[] = [];
  if (districtCode) conditions.push(eq(departments.districtCode, districtCode));
  if (q) {
    const like = `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    conditions.push(or(ilike(departments.name, like), ilike(departments.code, like), ilike(departments.contactName, like))!);
  }
  const where = conditions.length ? and(...conditions) : undefined;
  const parent = db.select({ id: departments.id, name: departments.name }).from(departments).as("parent");
  const [items, [total]] = await Promise.all([
    db
      .select({
        id: departments.id,
        districtCode: departments.districtCode,
        districtName: districts.name,
        code: departments.code,
        name: departments.name,
        parentName: parent.name,
        contactName: departments.contactName,
        contactPhone: departments.contactPhone,
      })
      .from(departments)
      .innerJoin(districts, eq(districts.code, departments.districtCode))
      .leftJoin(parent, eq(parent.id, departments.parentId))
      .where(where)
      .orderBy(asc(departments.districtCode), asc(departments.code))
      .limit(pageSize)
      .offset((page - 1) * pageSize),
    db.select({ n: count() }).from(departments).where(where),
  ]);
  return { items: items.map((d) => ({ ...d, key: `${d.districtCode}-${d.code}` })), total: total?.n ?? 0 };
}

/** Per district: how many disclosures its departments have in each status. */
export async function countDisclosuresByDistrictAndStatus({ db }: { db: Db }) {
  return db
    .select({ districtCode: departments.districtCode, status: disclosures.status, n: sql<number>`count(*)`.mapWith(Number) })
    .from(disclosures)
    .innerJoin(departments, eq(departments.id, disclosures.departmentId))
    .groupBy(departments.districtCode, disclosures.status);
}
