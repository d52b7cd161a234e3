import "server-only";
import { and, eq, inArray, isNull, or, sql } from "drizzle-orm";
import type { Db, Tx } from "../client";
import { authSessions, departments, districts, userDepartments, userDistricts, users } from "../schema";
import type { Role } from "@/lib/users/schema";

export type UserRow = typeof users.$inferSelect;

export async function findUserByEmail({ db, email }: { db: Db; email: string }): Promise<UserRow | undefined> {
  const [row] = await db.select().from(users).where(eq(users.email, email.trim().toLowerCase())).limit(1);
  return row;
}

export interface ScopeDepartment {
  id: number;
  key: string;
  code: string;
  name: string;
  districtCode: string;
  districtName: string;
}

const departmentColumns = {
  id: departments.id,
  code: departments.code,
  name: departments.name,
  districtCode: departments.districtCode,
  districtName: districts.name,
};
const withKey = (d: Omit<ScopeDepartment, "key">): ScopeDepartment => ({ ...d, key: `${d.districtCode}-${d.code}` });

/** The departments an editor is assigned to. */
export async function listUserDepartments({ db, userId }: { db: Db; userId: number }): Promise<ScopeDepartment[]> {
  const rows = await db
    .select(departmentColumns)
    .from(userDepartments)
    .innerJoin(departments, eq(departments.id, userDepartments.departmentId))
    .innerJoin(districts, eq(districts.code, departments.districtCode))
    .where(eq(userDepartments.userId, userId))
    .orderBy(departments.districtCode, departments.code);
  return rows.map(withKey);
}

export async function listUserDistricts({ db, userId }: { db: Db; userId: number }) {
  return db
    .select({ code: districts.code, name: districts.name })
    .from(userDistricts)
    .innerJoin(districts, eq(districts.code, userDistricts.districtCode))
    .where(eq(userDistricts.userId, userId))
    .orderBy(districts.code);
}

/** Departments by DISTRICTCODE-CODE key; the keys not found are returned apart. */
export async function findDepartmentsByKeys({ db, keys }: { db: Db | Tx; keys: string[] }) {
  if (keys.length === 0) return { found: [] as { id: number; key: string }[], missing: [] as string[] };
  const pairs = keys.map((k) => k.split("-") as [string, string]);
  const rows = await db
    .select({ id: departments.id, districtCode: departments.districtCode, code: departments.code })
    .from(departments)
    .where(or(...pairs.map(([d, c]) => and(eq(departments.districtCode, d), eq(departments.code, c)))));
  const found = rows.map((r) => ({ id: r.id, key: `${r.districtCode}-${r.code}` }));
  const foundKeys = new Set(found.map((f) => f.key));
  return { found, missing: keys.filter((k) => !foundKeys.has(k)) };
}

/** Districts by name (北碚区) or division code (500109); the ones not found are returned apart. */
export async function findDistricts({ db, refs }: { db: Db | Tx; refs: string[] }) {
  if (refs.length === 0) return { found: [] as { code: string; name: string }[], missing: [] as string[] };
  const rows = await db
    .select({ code: districts.code, name: districts.name })
    .from(districts)
    .where(or(inArray(districts.name, refs), inArray(districts.code, refs)));
  const missing = refs.filter((r) => !rows.some((d) => d.name === r || d.code === r));
  return { found: rows, missing };
}

export async function insertUser({
  tx,
  user,
}: {
  tx: Tx;
  user: { email: string; name: string; role: Role; passwordHash: string; departmentIds: number[]; districtCodes: string[] };
}): Promise<UserRow> {
  const [row] = await tx
    .insert(users)
    .values({ email: user.email, name: user.name, role: user.role, passwordHash: user.passwordHash })
    .returning();
  if (!row) throw new Error("insert users returned no row");
  if (user.departmentIds.length > 0) {
    await tx.insert(userDepartments).values(user.departmentIds.map((departmentId) => ({ userId: row.id, departmentId })));
  }
  if (user.districtCodes.length > 0) {
    await tx.insert(userDistricts).values(user.districtCodes.map((districtCode) => ({ userId: row.id, districtCode })));
  }
  return row;
}

/**
 * Raises the user's token version and ends their open sessions: every session issued before
 * is void. Called when role, password or status change.
 */
export async function revokeUserSessions({ tx, userId, reason }: { tx: Tx | Db; userId: number; reason: string }) {
  await tx
    .update(users)
    .set({ tokenVersion: sql`${users.tokenVersion} + 1`, updatedAt: sql`now()` })
    .where(eq(users.id, userId));
  await tx
    .update(authSessions)
    .set({ endedAt: sql`now()`, endReason: reason })
    .where(and(eq(authSessions.userId, userId), isNull(authSessions.endedAt)));
}

/** Replaces an account's departments and districts with the ones given. */
export async function replaceUserScope({ tx, userId, departmentIds, districtCodes }: { tx: Tx; userId: number; departmentIds: number[]; districtCodes: string[] }) {
  await tx.delete(userDepartments).where(eq(userDepartments.userId, userId));
  await tx.delete(userDistricts).where(eq(userDistricts.userId, userId));
  if (departmentIds.length > 0) await tx.insert(userDepartments).values(departmentIds.map((departmentId) => ({ userId, departmentId })));
  if (districtCodes.length > 0) await tx.insert(userDistricts).values(districtCodes.map((districtCode) => ({ userId, districtCode })));
}

export async function updateUserAccount({
  tx,
  userId,
  set,
}: {
  tx: Tx;
  userId: number;
  set: Partial<Pick<UserRow, "role" | "passwordHash" | "disabled">>;
}) {
  await tx
    .update(users)
    .set({ ...set, updatedAt: sql`now()` })
    .where(eq(users.id, userId));
}
