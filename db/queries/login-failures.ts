import "server-only";
import { and, desc, eq, gt, lt, or, sql } from "drizzle-orm";
import type { Db, Tx } from "../client";
import { loginFailures } from "../schema";

/**
 * The failures since the window's start (the attempt being checked included) that concern it: of this email from this address, of
 * this address on any email, and of this email from anywhere (and from how many addresses).
 */
export async function countLoginFailures({ db, email, address, since }: { db: Db; email: string; address: string; since: Date }) {
  const ofEmail = eq(loginFailures.email, email);
  const ofAddress = eq(loginFailures.address, address);
  const [row] = await db
    .select({
      pair: sql<number>`count(*) filter (where ${and(ofEmail, ofAddress)})`.mapWith(Number),
      address: sql<number>`count(*) filter (where ${ofAddress})`.mapWith(Number),
      account: sql<number>`count(*) filter (where ${ofEmail})`.mapWith(Number),
      accountAddresses: sql<number>`count(distinct ${loginFailures.address}) filter (where ${ofEmail})`.mapWith(Number),
    })
    .from(loginFailures)
    .where(and(gt(loginFailures.at, since), or(ofEmail, ofAddress)));
  return row ?? { pair: 0, address: 0, account: 0, accountAddresses: 0 };
}

/** Records an attempt as failed until it succeeds, and forgets every failure older than the window. */
export async function recordLoginAttempt({ db, email, address, at, since }: { db: Db; email: string; address: string; at: Date; since: Date }) {
  await db.delete(loginFailures).where(lt(loginFailures.at, since));
  await db.insert(loginFailures).values({ email, address, at });
}

/**
 * When the address falls back under `max` failures within the window: the time the newest `max`-th
 * failure leaves it. Null when it is under already.
 */
export async function addressFailuresClearAt({ db, address, since, max, windowMs }: { db: Db; address: string; since: Date; max: number; windowMs: number }) {
  const [row] = await db
    .select({ at: loginFailures.at })
    .from(loginFailures)
    .where(and(eq(loginFailures.address, address), gt(loginFailures.at, since)))
    .orderBy(desc(loginFailures.at))
    .offset(max - 1)
    .limit(1);
  return row ? new Date(row.at.getTime() + windowMs) : null;
}

/** After a successful sign-in: the attempt, and the owner's own typing errors from this address, are forgiven. */
export async function clearPairFailures({ db, email, address }: { db: Db; email: string; address: string }) {
  await db.delete(loginFailures).where(and(eq(loginFailures.email, email), eq(loginFailures.address, address)));
}

/** An admin lifts every restriction on an account. */
export async function clearAccountFailures({ tx, email }: { tx: Tx; email: string }) {
  await tx.delete(loginFailures).where(eq(loginFailures.email, email));
}

/**
 * Per email with failures in the window: how many, from how many addresses, and how many of those
 * addresses are paused for it (at least `maxPerPair` failures).
 */
export async function summariseLoginFailures({ db, since, maxPerPair }: { db: Db; since: Date; maxPerPair: number }) {
  const pairs = db
    .select({ email: loginFailures.email, n: sql<number>`count(*)`.as("n") })
    .from(loginFailures)
    .where(gt(loginFailures.at, since))
    .groupBy(loginFailures.email, loginFailures.address)
    .as("pairs");
  const rows = await db
    .select({
      email: pairs.email,
      failures: sql<number>`sum(${pairs.n})`.mapWith(Number),
      addresses: sql<number>`count(*)`.mapWith(Number),
      pausedAddresses: sql<number>`count(*) filter (where ${pairs.n} >= ${maxPerPair})`.mapWith(Number),
    })
    .from(pairs)
    .groupBy(pairs.email);
  return new Map(rows.map(({ email, ...r }) => [email, r]));
}
