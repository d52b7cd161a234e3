import { NextResponse } from "next/server";
import { requireActor } from "@/lib/auth/guard";
import { importUpload, MAX_UPLOAD_BYTES } from "@/lib/disclosure/upload";
import { HttpProblem } from "@/lib/http/problem";
import { apiRoute } from "@/lib/http/route";

/**
 * POST /api/v1/admin/import (multipart, field `file`): parses an uploaded document and answers
 * the `budget-disclosure/v1` document with its findings. Stores nothing: the editor looks at
 * the result and then accepts it into a draft.
 */
export const POST = apiRoute(async (request) => {
  await requireActor({ request, roles: ["editor"] });
  if (Number(request.headers.get("content-length") ?? 0) > MAX_UPLOAD_BYTES + 64 * 1024) {
    throw new HttpProblem(413, "文件超过 10 MB，未导入。");
  }
  const form = await request.formData().catch(() => null);
  const file = form?.get("file");
  if (!(file instanceof File)) throw new HttpProblem(400, "请选择要导入的文件（表单字段 file）。");
  const document = await importUpload(new Uint8Array(await file.arrayBuffer()), file.name);
  return NextResponse.json({ document });
});
