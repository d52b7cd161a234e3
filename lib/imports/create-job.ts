import "server-only";
import type { Db } from "@/db/client";
import { recordAudit } from "@/db/queries/audit";
import { insertImportJob } from "@/db/queries/import-jobs";
import type { Actor } from "@/lib/auth/scope";
import { HttpProblem } from "@/lib/http/problem";
import { sha256Of } from "./import-one";
import { BATCH_LIMITS, MAX_FILE_BYTES } from "./limits";
import { expandArchives, type FoundFile, isRefused } from "./unzip";

const MB = 1024 * 1024;

/**
 * A batch import of uploaded files (ZIP archives unpacked), queued for the background runner,
 * audited. Refused whole when an archive or a file is over its limits, so that what is queued is
 * exactly what was sent.
 */
export async function createImportJob({ db, actor, uploads }: { db: Db; actor: Actor; uploads: FoundFile[] }): Promise<{ id: string; total: number }> {
  const found = expandArchives(uploads);
  const refused = found.filter(isRefused);
  if (refused.length > 0) throw new HttpProblem(400, `未创建批量导入：${refused.map((r) => `${r.path}：${r.message}`).join("；")}`);
  const files = found.filter((f): f is FoundFile => !isRefused(f));
  if (files.length === 0) throw new HttpProblem(400, "没有可导入的文件。");
  if (files.length > BATCH_LIMITS.maxFiles) throw new HttpProblem(400, `共 ${files.length} 个文件，一次至多导入 ${BATCH_LIMITS.maxFiles} 个。`);
  const large = files.find((f) => f.bytes.byteLength > MAX_FILE_BYTES);
  if (large) throw new HttpProblem(413, `未创建批量导入：${large.path} 超过 ${MAX_FILE_BYTES / MB} MB。`);
  const bytes = files.reduce((n, f) => n + f.bytes.byteLength, 0);
  if (bytes > BATCH_LIMITS.maxTotalBytes) throw new HttpProblem(413, `文件共 ${Math.ceil(bytes / MB)} MB，一次至多导入 ${BATCH_LIMITS.maxTotalBytes / MB} MB。`);
  const id = await db.transaction(async (tx) => {
    const jobId = await insertImportJob({ tx, createdBy: actor.id, files: files.map((f) => ({ fileName: f.path, sha256: sha256Of(f.bytes), content: f.bytes })) });
    await recordAudit({
      db: tx,
      entry: { actorId: actor.id, actorEmail: actor.email, action: "import.job.create", targetType: "import_job", targetId: jobId, after: { files: files.length, bytes }, success: true },
    });
    return jobId;
  });
  return { id, total: files.length };
}
