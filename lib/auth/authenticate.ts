import "server-only";
import type { Db } from "@/db/client";
import { recordAudit } from "@/db/queries/audit";
import { clearLoginFailures, registerFailedLogin, startAuthSession } from "@/db/queries/auth-sessions";
import { findUserByEmail } from "@/db/queries/users";
import { env } from "@/lib/env";
import { timingSafeDummyHash, verifyPassword } from "./password";

export type SignInRefusal = "invalid" | "locked" | "disabled";

export type SignInResult =
  | { ok: true; user: { id: number; email: string; name: string; tokenVersion: number }; sessionId: string; authTime: number }
  | { ok: false; reason: SignInRefusal; lockedUntil?: Date };

export const lockoutPolicy = () => ({
  maxFailures: env.LOGIN_MAX_FAILURES,
  windowMinutes: env.LOGIN_FAILURE_WINDOW_MINUTES,
  lockMinutes: env.LOGIN_LOCK_MINUTES,
});

/**
 * Checks an email and password. Failures are counted in the database; an account that fails
 * too often is locked for a while, even for the right password. Every outcome is audited.
 */
export async function authenticate({
  db,
  email,
  password,
  ip,
  now = new Date(),
}: {
  db: Db;
  email: string;
  password: string;
  ip: string | null;
  now?: Date;
}): Promise<SignInResult> {
  const typed = email.trim().toLowerCase().slice(0, 200);
  const user = typed ? await findUserByEmail({ db, email: typed }) : undefined;
  const audit = (action: string, success: boolean, detail?: string) =>
    recordAudit({
      db,
      entry: { actorId: user?.id ?? null, actorEmail: typed, action, targetType: "user", targetId: user?.id, success, detail, ip },
    });

  if (!user) {
    await verifyPassword(await timingSafeDummyHash(), password);
    await audit("auth.login", false, "unknown email");
    return { ok: false, reason: "invalid" };
  }
  if (user.lockedUntil && new Date(user.lockedUntil) > now) {
    await audit("auth.login", false, "account locked");
    return { ok: false, reason: "locked", lockedUntil: new Date(user.lockedUntil) };
  }
  const matches = await verifyPassword(user.passwordHash, password);
  if (!matches) {
    const { lockedUntil } = await registerFailedLogin({ db, userId: user.id, now, policy: lockoutPolicy() });
    await audit("auth.login", false, "wrong password");
    if (lockedUntil) {
      await audit("auth.lockout", true, `locked until ${lockedUntil.toISOString()}`);
      return { ok: false, reason: "locked", lockedUntil };
    }
    return { ok: false, reason: "invalid" };
  }
  if (user.disabled) {
    await audit("auth.login", false, "account disabled");
    return { ok: false, reason: "disabled" };
  }
  await clearLoginFailures({ db, userId: user.id });
  const sessionId = await startAuthSession({ db, userId: user.id, tokenVersion: user.tokenVersion, now });
  await audit("auth.login", true);
  return {
    ok: true,
    user: { id: user.id, email: user.email, name: user.name, tokenVersion: user.tokenVersion },
    sessionId,
    authTime: now.getTime(),
  };
}

export const SIGN_IN_MESSAGES: Record<SignInRefusal, string> = {
  invalid: "邮箱或密码不正确。",
  locked: `连续登录失败次数过多，账号已临时锁定，请 ${env.LOGIN_LOCK_MINUTES} 分钟后再试。`,
  disabled: "该账号已停用，请联系平台管理员。",
};
