import { closeDb } from "./client";

const REGISTERED = Symbol.for("cq-budget-disclosure.shutdown");

/**
 * On SIGINT/SIGTERM: checkpoint and close the database (and release the PGlite lock), then
 * exit. `npm start` sets NEXT_MANUAL_SIG_HANDLE so that Next.js leaves the signals to us.
 */
export function closeDatabaseOnSignals(): void {
  const g = globalThis as { [REGISTERED]?: boolean };
  if (g[REGISTERED]) return;
  g[REGISTERED] = true;
  let closing = false;
  const onSignal = () => {
    if (closing) return;
    closing = true;
    closeDb()
      .catch((e: unknown) => console.error("关闭数据库时出错：", e))
      .finally(() => process.exit(0));
  };
  process.once("SIGINT", onSignal);
  process.once("SIGTERM", onSignal);
}
