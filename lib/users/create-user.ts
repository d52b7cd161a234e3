import "server-only";
import type { Db } from "@/db/client";
import { recordAudit } from "@/db/queries/audit";
import { findUserByEmail, insertUser } from "@/db/queries/users";
import { hashPassword, passwordViolation } from "@/lib/auth/password";
import { InvalidInput, zodProblems } from "@/lib/invalid-input";
import { resolveScope } from "./resolve-scope";
import { type NewUser, newUserSchema } from "./schema";

export { InvalidInput } from "@/lib/invalid-input";

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
  if (!parsed.success) throw new InvalidInput([...zodProblems(parsed.error.issues), ...passwordProblem]);
  const user = parsed.data;
  const scope = await resolveScope({ db, departments: user.departments, districts: user.districts });
  const problems = [...passwordProblem, ...scope.problems];
  if (await findUserByEmail({ db, email: user.email })) problems.push({ field: "email", message: `邮箱 ${user.email} 已有账号` });
  if (problems.length) throw new InvalidInput(problems);

  const passwordHash = await hashPassword(user.password);
  return db.transaction(async (tx) => {
    const row = await insertUser({
      tx,
      user: { email: user.email, name: user.name, role: user.role, passwordHash, departmentIds: scope.departmentIds, districtCodes: scope.districtCodes },
    });
    await recordAudit({
      db: tx,
      entry: {
        actorId: actor?.id ?? null,
        actorEmail: actor?.email ?? "命令行",
        action: "user.create",
        targetType: "user",
        targetId: row.id,
        after: { email: row.email, name: row.name, role: row.role, departments: user.departments, districts: scope.districtNames },
        success: true,
      },
    });
    return row;
  });
}
