import "server-only";
import { asc, eq, sql } from "drizzle-orm";
import type { Db } from "../client";
import { departments, districts, userDepartments, userDistricts, users } from "../schema";

/** Every account with its scope (department keys, district names), for the admin's list. */
export async function listUsersWithScope({ db }: { db: Db }) {
  const deptKeys = db
    .select({
      userId: userDepartments.userId,
      keys: sql<string[]>`array_agg(${departments.districtCode} || '-' || ${departments.code} order by ${departments.districtCode}, ${departments.code})`.as("keys"),
    })
    .from(userDepartments)
    .innerJoin(departments, eq(departments.id, userDepartments.departmentId))
    .groupBy(userDepartments.userId)
    .as("dept_keys");
  const distNames = db
    .select({
      userId: userDistricts.userId,
      names: sql<string[]>`array_agg(${districts.name} order by ${districts.code})`.as("names"),
    })
    .from(userDistricts)
    .innerJoin(districts, eq(districts.code, userDistricts.districtCode))
    .groupBy(userDistricts.userId)
    .as("dist_names");
  return db
    .select({
      id: users.id,
      email: users.email,
      name: users.name,
      role: users.role,
      disabled: users.disabled,
      createdAt: users.createdAt,
      departments: sql<string[]>`coalesce(${deptKeys.keys}, '{}')`,
      districts: sql<string[]>`coalesce(${distNames.names}, '{}')`,
    })
    .from(users)
    .leftJoin(deptKeys, eq(deptKeys.userId, users.id))
    .leftJoin(distNames, eq(distNames.userId, users.id))
    .orderBy(asc(users.email));
}

export async function findUserById({ db, id }: { db: Db; id: number }) {
  const [row] = await db
    .select({ id: users.id, email: users.email, name: users.name, role: users.role, disabled: users.disabled, createdAt: users.createdAt })
    .from(users)
    .where(eq(users.id, id))
    .limit(1);
  return row;
}
