import postgres from "postgres";
import { closeDb, openDatabase, installDatabaseHandle, type DbHandle, type DbTarget } from "@/db/client";

/**
 * Each integration test file gets a database of its own, migrated and loaded like a new
 * installation: an in-memory PGlite, or a throwaway database on TEST_DATABASE_URL's server.
 */
export async function setUpTestDatabase(): Promise<{ handle: DbHandle; target: DbTarget; tearDown: () => Promise<void> }> {
  if (process.env.TEST_DB_DRIVER === "postgres") {
    const serverUrl = process.env.TEST_DATABASE_URL!;
    const name = `it_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 8)}`;
    const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
    await admin.unsafe(`create database ${name}`);
    const url = new URL(serverUrl);
    url.pathname = `/${name}`;
    const target = { url: url.toString() };
    const handle = await openDatabase(target);
    installDatabaseHandle(handle);
    return {
      handle,
      target,
      tearDown: async () => {
        await closeDb();
        await admin.unsafe(`drop database if exists ${name} with (force)`);
        await admin.end();
      },
    };
  }
  const target = { dataDir: "memory://" };
  const handle = await openDatabase(target);
  installDatabaseHandle(handle);
  return { handle, target, tearDown: closeDb };
}
