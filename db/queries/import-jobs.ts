import "server-only";
import { and, asc, count, desc, eq, ne, sql } from "drizzle-orm";
import type { Db, Tx } from "../client";
import { importJobFiles, importJobs, users } from "../schema";
import type { ImportFileStatus } from "../schema";

export type ImportJobRow = typeof importJobs.$inferSelect;

/** A new batch import with its files (their bytes kept in the rows until each is processed). */
export async function insertImportJob({
  tx,
  createdBy,
  files,
}: {
  tx: Tx;
  createdBy: number;
  files: { fileName: string; sha256: string; content: Uint8Array }[];
}): Promise<string> {
  const [job] = await tx.insert(importJobs).values({ createdBy, total: files.length }).returning({ id: importJobs.id });
  // one row at a time: a multi-row insert of 200 MB would be one statement of that size
  for (const [position, f] of files.entries()) {
    await tx.insert(importJobFiles).values({ jobId: job!.id, position, fileName: f.fileName, sha256: f.sha256, sizeBytes: f.content.byteLength, content: f.content });
  }
  return job!.id;
}

/** Jobs a process that stopped left running are queued again, to be resumed. */
export async function requeueInterruptedJobs({ db }: { db: Db }): Promise<number> {
  const rows = await db.update(importJobs).set({ status: "queued" }).where(eq(importJobs.status, "running")).returning({ id: importJobs.id });
  return rows.length;
}

/** Takes the oldest queued job for this process (a conditional update: of two takers, one wins). */
export async function claimNextJob({ db }: { db: Db }): Promise<ImportJobRow | undefined> {
  const [next] = await db.select({ id: importJobs.id }).from(importJobs).where(eq(importJobs.status, "queued")).orderBy(asc(importJobs.createdAt)).limit(1);
  if (!next) return undefined;
  const [claimed] = await db
    .update(importJobs)
    .set({ status: "running", startedAt: sql`coalesce(${importJobs.startedAt}, now())` })
    .where(and(eq(importJobs.id, next.id), eq(importJobs.status, "queued")))
    .returning();
  return claimed ?? claimNextJob({ db });
}

/** The next file of a job still to process, with its bytes. */
export async function nextPendingFile({ db, jobId }: { db: Db; jobId: string }) {
  const [row] = await db
    .select({ id: importJobFiles.id, fileName: importJobFiles.fileName, content: importJobFiles.content })
    .from(importJobFiles)
    .where(and(eq(importJobFiles.jobId, jobId), eq(importJobFiles.status, "pending")))
    .orderBy(asc(importJobFiles.position))
    .limit(1);
  return row;
}

export async function setCurrentFile({ db, jobId, fileName }: { db: Db; jobId: string; fileName: string | null }) {
  await db.update(importJobs).set({ currentFile: fileName }).where(eq(importJobs.id, jobId));
}

/** A file's result, its bytes let go, and the job's count of files done, in one transaction. */
export async function recordFileResult({
  db,
  jobId,
  fileId,
  result,
}: {
  db: Db;
  jobId: string;
  fileId: number;
  result: { status: Exclude<ImportFileStatus, "pending">; message: string | null; disclosureId: string | null; findingsCount: number | null; i1Count: number | null };
}) {
  await db.transaction(async (tx) => {
    await tx
      .update(importJobFiles)
      .set({ ...result, content: null, finishedAt: sql`now()` })
      .where(eq(importJobFiles.id, fileId));
    const [{ done } = { done: 0 }] = await tx
      .select({ done: count() })
      .from(importJobFiles)
      .where(and(eq(importJobFiles.jobId, jobId), ne(importJobFiles.status, "pending")));
    await tx.update(importJobs).set({ done }).where(eq(importJobs.id, jobId));
  });
}

/** Every file still pending gets the same result (a job that cannot run: its creator is gone). */
export async function refusePendingFiles({ db, jobId, message }: { db: Db; jobId: string; message: string }) {
  await db
    .update(importJobFiles)
    .set({ status: "refused", message, content: null, finishedAt: sql`now()` })
    .where(and(eq(importJobFiles.jobId, jobId), eq(importJobFiles.status, "pending")));
  await db.update(importJobs).set({ done: importJobs.total }).where(eq(importJobs.id, jobId));
}

export async function finishJob({ tx, jobId, status, error = null }: { tx: Tx; jobId: string; status: "done" | "failed"; error?: string | null }) {
  await tx.update(importJobs).set({ status, error, currentFile: null, finishedAt: sql`now()` }).where(eq(importJobs.id, jobId));
}

/** Counts of a job's files by result. */
export async function countJobFiles({ db, jobId }: { db: Db | Tx; jobId: string }): Promise<Partial<Record<ImportFileStatus, number>>> {
  const rows = await db
    .select({ status: importJobFiles.status, n: count() })
    .from(importJobFiles)
    .where(eq(importJobFiles.jobId, jobId))
    .groupBy(importJobFiles.status);
  return Object.fromEntries(rows.map((r) => [r.status, r.n]));
}

const jobColumns = {
  id: importJobs.id,
  createdBy: importJobs.createdBy,
  createdByName: users.name,
  status: importJobs.status,
  total: importJobs.total,
  done: importJobs.done,
  currentFile: importJobs.currentFile,
  error: importJobs.error,
  createdAt: importJobs.createdAt,
  startedAt: importJobs.startedAt,
  finishedAt: importJobs.finishedAt,
};

/** A job, or undefined; whether the asker may see it is the caller's to decide. */
export async function findImportJob({ db, id }: { db: Db; id: string }) {
  const [job] = await db.select(jobColumns).from(importJobs).leftJoin(users, eq(users.id, importJobs.createdBy)).where(eq(importJobs.id, id)).limit(1);
  return job;
}

/** A job's files as its report lists them, without their bytes. */
export async function listJobFiles({ db, jobId }: { db: Db; jobId: string }) {
  return db
    .select({
      position: importJobFiles.position,
      fileName: importJobFiles.fileName,
      sizeBytes: importJobFiles.sizeBytes,
      status: importJobFiles.status,
      message: importJobFiles.message,
      disclosureId: importJobFiles.disclosureId,
      findingsCount: importJobFiles.findingsCount,
      i1Count: importJobFiles.i1Count,
    })
    .from(importJobFiles)
    .where(eq(importJobFiles.jobId, jobId))
    .orderBy(asc(importJobFiles.position));
}

/** The latest jobs, all of them (admins) or one person's. */
export async function listImportJobs({ db, createdBy, limit = 20 }: { db: Db; createdBy?: number; limit?: number }) {
  return db
    .select(jobColumns)
    .from(importJobs)
    .leftJoin(users, eq(users.id, importJobs.createdBy))
    .where(createdBy === undefined ? undefined : eq(importJobs.createdBy, createdBy))
    .orderBy(desc(importJobs.createdAt))
    .limit(limit);
}
