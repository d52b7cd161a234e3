import { NextResponse } from "next/server";
import { getDb } from "@/db/client";
import { requireActor } from "@/lib/auth/guard";
import { BODY_LIMITS } from "@/lib/http/read-body";
import { apiRoute } from "@/lib/http/route";
import { createImportJob } from "@/lib/imports/create-job";
import { BATCH_ROLES } from "@/lib/imports/job-access";
import { kickImportRunner } from "@/lib/imports/job-runner";
import { uploadedFiles } from "@/lib/imports/upload-form";

/**
 * POST /api/v1/admin/import/jobs (multipart, field `files`, repeated: documents or ZIP archives of
 * them): a batch import, queued and processed in the background one file at a time.
 * 201 `{ id, total, url }`; `url` answers its progress.
 */
export const POST = apiRoute(async (request) => {
  const actor = await requireActor({ request, roles: BATCH_ROLES });
  const { files } = await uploadedFiles(request, {
    field: "files",
    maxBodyBytes: BODY_LIMITS.batch,
    tooLarge: "上传的文件共超过 200 MB，请分几次导入。",
  });
  const job = await createImportJob({ db: await getDb(), actor, uploads: files.map((f) => ({ path: f.fileName, ...f })) });
  kickImportRunner();
  const url = `/api/v1/admin/import/jobs/${job.id}`;
  return NextResponse.json({ ...job, url }, { status: 201, headers: { Location: url } });
});
