import "server-only";
import type { Db } from "@/db/client";
import { recordAudit } from "@/db/queries/audit";
import { clearAccountFailures } from "@/db/queries/login-failures";
import { findUserByEmail, listUserDepartments, listUserDistricts, replaceUserScope, revokeUserSessions, updateUserAccount } from "@/db/queries/users";
import { hashPassword, passwordViolation } from "@/lib/auth/password";
import { InvalidInput, zodProblems } from "@/lib/invalid-input";
import { resolveScope } from "./resolve-scope";
import { roleScopeIssues, type UserChanges, userChangesSchema } from "./schema";

/**
 * Changes an account in one transaction, audited (never the password itself). A change of
 * role, password or status ends every session of the user.
 */
export async function updateUser({
  db,
  email,
  changes,
  actor,
}: {
  db: Db;
  email: string;
  changes: UserChanges;
  actor: { id: number; email: string } | null;
}) {
  const parsed = userChangesSchema.safeParse(changes);
  if (!parsed.success) throw new InvalidInput(zodProblems(parsed.error.issues));
  const change = parsed.data;
  const user = await findUserByEmail({ db, email });
  if (!user) throw new InvalidInput([{ field: "email", message: `没有邮箱为 ${email} 的账号` }]);

  const [currentDepts, currentDists] = await Promise.all([listUserDepartments({ db, userId: user.id }), listUserDistricts({ db, userId: user.id })]);
  const role = change.role ?? user.role;
  const roleChanged = role !== user.role;
  // a new role starts from an empty scope unless one is given
  const departments = change.departments ?? (roleChanged ? [] : currentDepts.map((d) => d.key));
  const districts = change.districts ?? (roleChanged ? [] : currentDists.map((d) => d.code));
  const problems: { field: string; message: string }[] = roleScopeIssues({ role, departments, districts }).map((i) => ({
    field: i.path,
    message: i.message,
  }));
  const weak = change.password === undefined ? null : passwordViolation(change.password);
  if (weak) problems.push({ field: "password", message: weak });
  const scope = await resolveScope({ db, departments, districts });
  problems.push(...scope.problems);
  if (problems.length) throw new InvalidInput(problems);

  const passwordHash = change.password === undefined ? undefined : await hashPassword(change.password);
  const disabledChanged = change.disabled !== undefined && change.disabled !== user.disabled;
  const revokes = roleChanged || passwordHash !== undefined || disabledChanged;
  const before = { role: user.role, disabled: user.disabled, departments: currentDepts.map((d) => d.key), districts: currentDists.map((d) => d.name) };
  const after = { role, disabled: change.disabled ?? user.disabled, departments, districts: scope.districtNames };

  await db.transaction(async (tx) => {
    await updateUserAccount({ tx, userId: user.id, set: { role, passwordHash, disabled: change.disabled } });
    if (change.unlock) await clearAccountFailures({ tx, email: user.email });
    await replaceUserScope({ tx, userId: user.id, departmentIds: scope.departmentIds, districtCodes: scope.districtCodes });
    if (revokes) await revokeUserSessions({ tx, userId: user.id, reason: "account-change" });
    await recordAudit({
      db: tx,
      entry: {
        actorId: actor?.id ?? null,
        actorEmail: actor?.email ?? "命令行",
        action: "user.update",
        targetType: "user",
        targetId: user.id,
        before,
        after: { ...after, passwordChanged: passwordHash !== undefined, unlocked: !!change.unlock, sessionsRevoked: revokes },
        success: true,
      },
    });
  });
  return { revokedSessions: revokes };
}
