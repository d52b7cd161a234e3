import { getTableName, is, sql } from "drizzle-orm";
import { PgTable } from "drizzle-orm/pg-core";
import type { Db } from "@/db/client";
import { rowsOf } from "@/db/rows";
import * as schema from "@/db/schema";

// What a refused request may write: the audit entry of its refusal, the session's last activity,
// a failed sign-in, a token's last use. Tokens are compared by count and revocations instead.
const BOOKKEEPING = new Set(["audit_log", "auth_sessions", "login_failures", "api_tokens"]);

/** A digest of every table of the schema but the bookkeeping: equal before and after means nothing changed. */
export async function databaseDigest(db: Db) {
  const tables = (Object.values(schema) as unknown[])
    .filter((t): t is PgTable => is(t, PgTable))
    .map((t) => getTableName(t))
    .filter((name) => !BOOKKEEPING.has(name))
    .sort();
  const digests = await Promise.all(
    tables.map(async (name) => {
      const result = await db.execute(sql.raw(`select md5(coalesce(string_agg(t::text, '|' order by t::text), '')) as digest from "${name}" t`));
      return [name, rowsOf<{ digest: string }>(result)[0]!.digest] as const;
    }),
  );
  const [tokens] = await db.select({ n: sql<number>`count(*)::int`, revoked: sql<number>`count(${schema.apiTokens.revokedAt})::int` }).from(schema.apiTokens);
  return { tables: Object.fromEntries(digests), tokens };
}
