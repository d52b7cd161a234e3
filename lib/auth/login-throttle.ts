import "server-only";
import type { Db } from "@/db/client";
import { addressFailuresClearAt, countLoginFailures, recordLoginAttempt, summariseLoginFailures } from "@/db/queries/login-failures";
import { env } from "@/lib/env";

/** The address failures are counted under when the server cannot tell the client's address. */
export const UNKNOWN_ADDRESS = "unknown";

export const throttlePolicy = () => ({
  windowMs: env.LOGIN_FAILURE_WINDOW_MINUTES * 60_000,
  maxPerPair: env.LOGIN_MAX_FAILURES,
  maxPerAddress: env.LOGIN_MAX_FAILURES_PER_ADDRESS,
  attackFailures: env.LOGIN_ATTACK_FAILURES,
  attackAddresses: env.LOGIN_ATTACK_ADDRESSES,
});

export type ThrottlePolicy = ReturnType<typeof throttlePolicy>;
type Counts = Awaited<ReturnType<typeof countLoginFailures>>;

const DELAY_STEP_MS = 250;
export const MAX_DELAY_MS = 3_000;

/** Many failures on one account from several addresses: someone other than its owner is guessing. */
const underAttack = (c: Counts, policy: ThrottlePolicy) => c.account >= policy.attackFailures && c.accountAddresses >= policy.attackAddresses;

/** The counts as they were before the attempt that `c` includes. */
export const withoutAttempt = (c: Counts): Counts => ({
  pair: c.pair - 1,
  address: c.address - 1,
  account: c.account - 1,
  accountAddresses: c.accountAddresses - (c.pair === 1 ? 1 : 0),
});

/** An account under attack: each attempt on it waits longer, up to 3 s, for its owner too (who still gets in). */
export const attackDelayMs = (c: Counts, policy: ThrottlePolicy) =>
  underAttack(c, policy) ? Math.min(MAX_DELAY_MS, DELAY_STEP_MS * (c.account - policy.attackFailures + 1)) : 0;

/** Whether a failure turns the account from not under attack to under attack: the moment to alert. */
export const startsAttack = (before: Counts, after: Counts, policy: ThrottlePolicy) => !underAttack(before, policy) && underAttack(after, policy);

/** This email from this address failed too often: its password is not checked from there. */
export const pairPaused = (c: Counts, policy: ThrottlePolicy) => c.pair >= policy.maxPerPair;

/** This address failed too often on any emails: no password is checked from it. */
export const addressPaused = (c: Counts, policy: ThrottlePolicy) => c.address >= policy.maxPerAddress;

/**
 * Records a sign-in of `email` from `address` as failed until it succeeds, and answers the failures
 * that concern it within the window ending `now`, before it and with it. Recording first means that
 * parallel attempts see one another: no burst gets more guesses than the limits allow.
 */
export async function beginLoginAttempt({ db, email, address, now, policy }: { db: Db; email: string; address: string; now: Date; policy: ThrottlePolicy }) {
  const since = new Date(now.getTime() - policy.windowMs);
  await recordLoginAttempt({ db, email, address, at: now, since });
  const withIt = await countLoginFailures({ db, email, address, since });
  return { before: withoutAttempt(withIt), withIt };
}

/** Seconds until an address that failed too often may try again; null when it may now. */
export async function addressRetryAfter({ db, address, now, policy }: { db: Db; address: string; now: Date; policy: ThrottlePolicy }) {
  const clearAt = await addressFailuresClearAt({ db, address, since: new Date(now.getTime() - policy.windowMs), max: policy.maxPerAddress, windowMs: policy.windowMs });
  return clearAt && clearAt > now ? Math.ceil((clearAt.getTime() - now.getTime()) / 1000) : null;
}

/** Per email, the failures within the window ending now: for the admin's user pages. */
export async function recentLoginFailures({ db, policy = throttlePolicy() }: { db: Db; policy?: ThrottlePolicy }) {
  return summariseLoginFailures({ db, since: new Date(Date.now() - policy.windowMs), maxPerPair: policy.maxPerPair });
}

/** What an account's recent failures mean, in Chinese, or null when it has none. */
export function describeLoginFailures(summary: { failures: number; addresses: number; pausedAddresses: number } | undefined) {
  if (!summary) return null;
  const paused = summary.pausedAddresses ? `，其中 ${summary.pausedAddresses} 个地址已暂停登录此账号` : "";
  return `最近 ${env.LOGIN_FAILURE_WINDOW_MINUTES} 分钟登录失败 ${summary.failures} 次（来自 ${summary.addresses} 个地址${paused}）`;
}
