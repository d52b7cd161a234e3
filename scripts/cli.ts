import { closeDb, getDbHandle, type DbHandle } from "@/db/client";
import { DatabaseLockedError } from "@/db/pglite-lock";
import { closeDatabaseOnSignals } from "@/db/shutdown";

/**
 * Runs a command-line tool against the configured database and closes it cleanly, whatever
 * happens. A running app that holds the embedded database makes the tool refuse, clearly.
 */
export async function runCli(main: (handle: DbHandle) => Promise<number | void>): Promise<void> {
  closeDatabaseOnSignals();
  let code = 0;
  try {
    code = (await main(await getDbHandle())) ?? 0;
  } catch (e) {
    code = 1;
    if (e instanceof DatabaseLockedError) console.error(`错误：${e.message}`);
    else console.error(`错误：${e instanceof Error ? e.message : String(e)}`);
  } finally {
    await closeDb().catch(() => {});
  }
  process.exit(code);
}
