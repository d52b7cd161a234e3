import "server-only";
import path from "node:path";
import fs from "node:fs";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import * as schema from "./schema";
import { env } from "@/lib/env";
import { acquireDirectoryLock } from "./pglite-lock";
import { prepareDatabase } from "./prepare";

export type Db = PgDatabase<PgQueryResultHKT, typeof schema>;
export type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];

export interface DbHandle {
  db: Db;
  driver: "pglite" | "postgres";
  /** CHECKPOINT (PGlite) and close; releases the directory lock */
  close(): Promise<void>;
  /** LISTEN on a channel (PostgreSQL: over a connection of its own, again after each reconnect) */
  listen(options: { channel: string; onNotify: (payload: string) => void; onListen: () => void }): Promise<void>;
}

export type DbTarget = { url: string } | { dataDir: string };

export const migrationsFolder = path.join(process.cwd(), "db", "migrations");

// LOG_SQL=true prints each statement (never its values): which requests reach the database
const logger = process.env.LOG_SQL === "true" ? { logQuery: (query: string) => console.log(`SQL ${query.replace(/\s+/g, " ").slice(0, 200)}`) } : undefined;

async function openPostgres(url: string): Promise<DbHandle> {
  const [{ default: postgres }, { drizzle }] = await Promise.all([
    import("postgres"),
    import("drizzle-orm/postgres-js"),
  ]);
  const client = postgres(url, { max: 10, onnotice: () => {} });
  const db = drizzle(client, { schema, logger }) as unknown as Db;
  return {
    db,
    driver: "postgres",
    close: () => client.end({ timeout: 5 }),
    listen: async ({ channel, onNotify, onListen }) => {
      await client.listen(channel, onNotify, onListen);
    },
  };
}

async function openPglite(dataDir: string): Promise<DbHandle> {
  const inMemory = dataDir.startsWith("memory://");
  let release = () => {};
  if (!inMemory) {
    fs.mkdirSync(path.dirname(path.resolve(dataDir)), { recursive: true });
    release = acquireDirectoryLock(`${path.resolve(dataDir)}.lock`);
  }
  try {
    const [{ PGlite }, { drizzle }] = await Promise.all([import("@electric-sql/pglite"), import("drizzle-orm/pglite")]);
    const client = await PGlite.create(inMemory ? undefined : dataDir);
    const db = drizzle(client, { schema, logger }) as unknown as Db;
    const close = async () => {
      try {
        if (!client.closed) {
          // PGlite does not fsync on Node: a checkpoint writes everything to the data files
          await client.query("CHECKPOINT");
          await client.close();
        }
      } finally {
        release();
      }
    };
    return {
      db,
      driver: "pglite",
      close,
      listen: async ({ channel, onNotify, onListen }) => {
        await client.listen(channel, onNotify);
        onListen();
      },
    };
  } catch (e) {
    release();
    throw e;
  }
}

/** Opens a database, migrates it and loads the reference and sample data when it is new. */
export async function openDatabase(target: DbTarget): Promise<DbHandle> {
  const handle = "url" in target ? await openPostgres(target.url) : await openPglite(target.dataDir);
  try {
    await prepareDatabase(handle, target);
    return handle;
  } catch (e) {
    await handle.close();
    throw e;
  }
}

export const configuredTarget = (): DbTarget =>
  env.DATABASE_URL ? { url: env.DATABASE_URL } : { dataDir: env.PGLITE_DATA_DIR };

// Next.js may evaluate this module in several bundles of one process: the handle lives on
// globalThis so that a process never opens its data directory twice.
const HOLDER = Symbol.for("cq-budget-disclosure.db");
type Holder = { [HOLDER]?: Promise<DbHandle> };
const holder = globalThis as Holder;

export function getDbHandle(): Promise<DbHandle> {
  holder[HOLDER] ??= openDatabase(configuredTarget()).catch((e: unknown) => {
    delete holder[HOLDER];
    throw e;
  });
  return holder[HOLDER];
}

export async function getDb(): Promise<Db> {
  return (await getDbHandle()).db;
}

/** Tests install a database of their own (an in-memory PGlite, a throwaway PostgreSQL database). */
export function installDatabaseHandle(handle: DbHandle): void {
  holder[HOLDER] = Promise.resolve(handle);
}

export async function closeDb(): Promise<void> {
  const pending = holder[HOLDER];
  delete holder[HOLDER];
  if (pending) await (await pending).close();
}
