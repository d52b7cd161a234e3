import "server-only";
import { setTimeout as sleep } from "node:timers/promises";
import type { Db } from "@/db/client";
import { recordAudit } from "@/db/queries/audit";
import { startAuthSession } from "@/db/queries/auth-sessions";
import { clearPairFailures } from "@/db/queries/login-failures";
import { findUserByEmail } from "@/db/queries/users";
import { addressPaused, attackDelayMs, beginLoginAttempt, pairPaused, startsAttack, throttlePolicy, UNKNOWN_ADDRESS } from "./login-throttle";
import { timingSafeDummyHash, verifyPassword } from "./password";

/**
 * `refused`: wrong password, unknown email, or too many failures: one answer for all, so that
 * nobody learns which emails have an account. `disabled` is told only to whoever gave the right
 * password of a disabled account.
 */
export type SignInRefusal = "refused" | "disabled";

export type SignInResult =
  | { ok: true; user: { id: number; email: string; name: string; tokenVersion: number }; sessionId: string; authTime: number }
  | { ok: false; reason: SignInRefusal };

/**
 * Checks an email and password. Failures are counted per (email, address) and per address, and
 * either count over its limit refuses the attempt without checking the password, so that one
 * attacker can neither guess on nor lock out an account the owner signs in to from elsewhere.
 * Failures on one account from many addresses slow every attempt on it and alert the admins.
 * argon2 runs on every attempt that concerns an email (on a dummy hash when there is nothing to
 * check) so that the answer takes as long whatever the reason. Every outcome is audited.
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
  const address = ip ?? UNKNOWN_ADDRESS;
  const policy = throttlePolicy();
  const [{ before, withIt }, user] = await Promise.all([
    beginLoginAttempt({ db, email: typed, address, now, policy }),
    typed ? findUserByEmail({ db, email: typed }) : undefined,
  ]);
  const audit = (action: string, success: boolean, detail?: string) =>
    recordAudit({
      db,
      entry: { actorId: user?.id ?? null, actorEmail: typed, action, targetType: "user", targetId: user?.id, success, detail, ip },
    });

  if (addressPaused(before, policy)) {
    // the same answer for every email, so no hash to check: a flood from one address costs no argon2
    await audit("auth.login", false, "throttled");
    return { ok: false, reason: "refused" };
  }
  const delay = attackDelayMs(before, policy);
  if (delay) await sleep(delay);
  const paused = pairPaused(before, policy);
  const checked = user && !paused ? user.passwordHash : await timingSafeDummyHash();
  const matches = (await verifyPassword(checked, password)) && !!user && !paused;

  if (paused) {
    await audit("auth.login", false, "throttled");
    return { ok: false, reason: "refused" };
  }
  if (!user || !matches) {
    await audit("auth.login", false, user ? "wrong password" : "unknown email");
    if (startsAttack(before, withIt, policy)) {
      await audit("auth.attack", false, `${withIt.account} failures from ${withIt.accountAddresses} addresses in ${policy.windowMs / 60_000} minutes`);
    }
    return { ok: false, reason: "refused" };
  }
  if (user.disabled) {
    await audit("auth.login", false, "account disabled");
    return { ok: false, reason: "disabled" };
  }
  await clearPairFailures({ db, email: typed, address });
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
  refused: "账号或密码错误，或登录尝试过多，请稍后再试。",
  disabled: "该账号已停用，请联系平台管理员。",
};
