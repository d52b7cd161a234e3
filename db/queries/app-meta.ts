import "server-only";
import { randomBytes } from "node:crypto";
import { eq } from "drizzle-orm";
import type { Db } from "../client";
import { appMeta } from "../schema";

export async function readMeta({ db, key }: { db: Db; key: string }): Promise<string | undefined> {
  const [row] = await db.select({ value: appMeta.value }).from(appMeta).where(eq(appMeta.key, key)).limit(1);
  return row?.value;
}

/** Sets the value unless the key exists; returns the value that holds. */
export async function ensureMeta({ db, key, value }: { db: Db; key: string; value: string }): Promise<string> {
  await db.insert(appMeta).values({ key, value }).onConflictDoNothing();
  return (await readMeta({ db, key })) ?? value;
}

/**
 * The key that signs session cookies: NEXTAUTH_SECRET when set, otherwise one generated at
 * installation and kept in the database, so that every app instance on it agrees.
 */
export const ensureAuthSecret = (db: Db) =>
  ensureMeta({ db, key: "auth_secret", value: randomBytes(32).toString("base64url") });
