import "server-only";
import type { Db } from "@/db/client";
import { recordAudit } from "@/db/queries/audit";
import { findDepartmentsByKeys, findDistricts, findUserByEmail, insertUser } from "@/db/queries/users";
import { hashPassword, passwordViolation } from "@/lib/auth/password";
import { type NewUser, newUserSchema } from "./schema";

/** Input that cannot be accepted: each problem names its field, in Chinese. */
export class InvalidInput extends Error {
  constructor(readonly problems: { field: string; message: string }[]) {
    super(problems.map((p) => `${p.field}：${p.message}`).join("；"));
    this.name = "InvalidInput";
  }
}

/** Creates an account with its scope, in one transaction, audited. */
export async function createUser({
  db,
  input,
  actor,
}: {
  db: Db;
  input: NewUser;
  /** who creates it; null for the command line of the server's operator */
  actor: { id: number; email: string } | null;
}) {
  const parsed = newUserSchema.safeParse(input);
  const weak = passwordViolation(input.password);
  const passwordProblem = weak ? [{ field: "password", message: weak }] : [];
  if (!parsed.success) {
    throw new InvalidInput([
      ...parsed.error.issues.map((i) => ({ field: i.path.join(".") || "输入", message: i.message })),
      ...passwordProblem,
    ]);
  }
  const user = parsed.data;
  const problems = [...passwordProblem];
  if (await findUserByEmail({ db, email: user.email })) problems.push({ field: "email", message: `邮箱 ${user.email} 已有账号` });
  const depts = await findDepartmentsByKeys({ db, keys: user.departments });
  if (depts.missing.length) problems.push({ field: "departments", message: `没有编号为 ${depts.missing.join("、")} 的部门` });
  const dists = await findDistricts({ db, refs: user.districts });
  if (dists.missing.length) problems.push({ field: "districts", message: `没有名为 ${dists.missing.join("、")} 的区县` });
  if (problems.length) throw new InvalidInput(problems);

  const passwordHash = await hashPassword(user.password);
  return db.transaction(async (tx) => {
    const row = await insertUser({
      tx,
      user: {
        email: user.email,
        name: user.name,
        role: user.role,
        passwordHash,
        departmentIds: depts.found.map((d) => d.id),
        districtCodes: dists.found.map((d) => d.code),
      },
    });
    await recordAudit({
      db: tx,
      entry: {
        actorId: actor?.id ?? null,
        actorEmail: actor?.email ?? "命令行",
        action: "user.create",
        targetType: "user",
        targetId: row.id,
        after: { email: row.email, name: row.name, role: row.role, departments: user.departments, districts: dists.found.map((d) => d.name) },
        success: true,
      },
    });
    return row;
  });
}
