import "server-only";
import type { Db } from "@/db/client";
import { findImportJob, listJobFiles } from "@/db/queries/import-jobs";
import { AccessDenied } from "@/lib/auth/access-denied";
import type { Actor } from "@/lib/auth/scope";
import { isUuid } from "@/lib/uuid";

/** Who may start a batch import: admins, and editors (for their own departments). */
export const BATCH_ROLES = ["admin", "editor"] as const;

/**
 * A batch import with its files' results, as its creator or an admin sees it; anyone else gets
 * 404, as for a job that does not exist.
 */
export async function loadJobForActor({ db, actor, id }: { db: Db; actor: Actor; id: string }) {
  const job = isUuid(id) ? await findImportJob({ db, id }) : undefined;
  if (!job || (actor.role !== "admin" && job.createdBy !== actor.id)) throw new AccessDenied(404, "没有找到该批量导入，或您无权查看。");
  return { job, files: await listJobFiles({ db, jobId: job.id }) };
}

export type JobView = Awaited<ReturnType<typeof loadJobForActor>>;

/** The job as the progress route answers it (and the page starts from). */
export function jobJson({ job, files }: JobView) {
  return {
    id: job.id,
    status: job.status,
    total: job.total,
    done: job.done,
    currentFile: job.currentFile,
    error: job.error,
    createdBy: job.createdByName,
    createdAt: job.createdAt.toISOString(),
    finishedAt: job.finishedAt?.toISOString() ?? null,
    files: files.map((f) => ({
      fileName: f.fileName,
      status: f.status,
      message: f.message,
      disclosureId: f.disclosureId,
      i1: f.i1Count,
      findings: f.findingsCount,
    })),
  };
}

export type JobJson = ReturnType<typeof jobJson>;
