import { NextResponse } from "next/server";
import { getDb } from "@/db/client";
import { requireActor } from "@/lib/auth/guard";
import { importUpload } from "@/lib/disclosure/upload";
import { BODY_LIMITS } from "@/lib/http/read-body";
import { HttpProblem } from "@/lib/http/problem";
import { apiRoute } from "@/lib/http/route";
import { previewAssignment } from "@/lib/imports/assign-department";
import { uploadedFiles } from "@/lib/imports/upload-form";

/**
 * POST /api/v1/admin/import (multipart, field `file`): parses an uploaded document (PDF, DOCX,
 * XLSX/XLS, text or the portal's JSON, up to 20 MB) in a child process and answers the
 * `budget-disclosure/v1` document with its findings (the rules' and the importer's I1) and
 * `assignment`: the department it goes under, or the departments to choose from, each with the
 * revision it has published of that year and kind (`published`, null when none: an import into a
 * published year is a correction and needs 更正原因). Stores nothing.
 * A document that names a department the editor may not edit is refused (403) without its figures.
 */
export const POST = apiRoute(async (request) => {
  const actor = await requireActor({ request, roles: ["editor", "admin"] });
  const { files } = await uploadedFiles(request, { field: "file", maxBodyBytes: BODY_LIMITS.upload, tooLarge: "文件超过 20 MB，未导入。" });
  const file = files[0];
  if (!file) throw new HttpProblem(400, "请选择要导入的文件（表单字段 file）。");
  const document = await importUpload(file.bytes, file.fileName);
  const assignment = await previewAssignment({ db: await getDb(), actor, doc: document });
  return NextResponse.json({ document, assignment });
});
