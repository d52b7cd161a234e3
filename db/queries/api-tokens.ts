import "server-only";
import { and, desc, eq, isNull, sql } from "drizzle-orm";
import type { Db, Tx } from "../client";
import { apiTokens, users } from "../schema";

export async function findActiveToken({ db, tokenHash }: { db: Db; tokenHash: string }) {
  const [row] = await db
    .select({ token: apiTokens, user: users })
    .from(apiTokens)
    .innerJoin(users, eq(users.id, apiTokens.userId))
    .where(and(eq(apiTokens.tokenHash, tokenHash), isNull(apiTokens.revokedAt)))
    .limit(1);
  return row;
}

export async function touchToken({ db, id }: { db: Db; id: number }) {
  await db.update(apiTokens).set({ lastUsedAt: sql`now()` }).where(eq(apiTokens.id, id));
}

export async function insertToken({ tx, userId, name, tokenHash, prefix }: { tx: Tx; userId: number; name: string; tokenHash: string; prefix: string }) {
  const [row] = await tx.insert(apiTokens).values({ userId, name, tokenHash, prefix }).returning({ id: apiTokens.id });
  return row!.id;
}

export async function revokeToken({ tx, id }: { tx: Tx; id: number }) {
  const rows = await tx
    .update(apiTokens)
    .set({ revokedAt: sql`now()` })
    .where(and(eq(apiTokens.id, id), isNull(apiTokens.revokedAt)))
    .returning({ id: apiTokens.id, userId: apiTokens.userId, name: apiTokens.name });
  return rows[0];
}

export async function listTokens({ db }: { db: Db }) {
  return db
    .select({
      id: apiTokens.id,
      name: apiTokens.name,
      prefix: apiTokens.prefix,
      createdAt: apiTokens.createdAt,
      lastUsedAt: apiTokens.lastUsedAt,
      revokedAt: apiTokens.revokedAt,
      userEmail: users.email,
      userRole: users.role,
    })
    .from(apiTokens)
    .innerJoin(users, eq(users.id, apiTokens.userId))
    .orderBy(desc(apiTokens.createdAt));
}
