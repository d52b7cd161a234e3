/**
 * On server start: open the database (taking the PGlite directory lock, migrating, loading the
 * sample data) before the first request, close it cleanly on SIGINT/SIGTERM, resume the batch
 * imports a stopped process left unfinished, and (on PostgreSQL) listen for the pages other
 * instances changed.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.NEXT_PHASE === "phase-production-build") return;
  const [{ getDbHandle }, { closeDatabaseOnSignals }] = await Promise.all([import("./db/client"), import("./db/shutdown")]);
  closeDatabaseOnSignals();
  const handle = await getDbHandle();
  const { resumeImportJobs } = await import("./lib/imports/job-runner");
  await resumeImportJobs();
  const { listenForInvalidations } = await import("./lib/cache/listener");
  await listenForInvalidations({ handle, origin: `http://127.0.0.1:${process.env.PORT || 3000}` });
}
