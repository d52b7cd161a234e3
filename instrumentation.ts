/**
 * On server start: open the database (taking the PGlite directory lock, migrating, loading the
 * sample data) before the first request, close it cleanly on SIGINT/SIGTERM, and resume the batch
 * imports a stopped process left unfinished.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.NEXT_PHASE === "phase-production-build") return;
  const [{ getDbHandle }, { closeDatabaseOnSignals }] = await Promise.all([import("./db/client"), import("./db/shutdown")]);
  closeDatabaseOnSignals();
  await getDbHandle();
  const { resumeImportJobs } = await import("./lib/imports/job-runner");
  await resumeImportJobs();
}
