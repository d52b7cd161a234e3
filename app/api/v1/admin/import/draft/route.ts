import { NextResponse } from "next/server";
import { z } from "zod";
import { getDb } from "@/db/client";
import { requireActor } from "@/lib/auth/guard";
import { createDisclosure } from "@/lib/disclosure/create";
import { importUpload } from "@/lib/disclosure/upload";
import { BODY_LIMITS } from "@/lib/http/read-body";
import { HttpProblem } from "@/lib/http/problem";
import { InvalidInput, zodProblems } from "@/lib/invalid-input";
import { apiRoute } from "@/lib/http/route";
import { assignDocument } from "@/lib/imports/assign-department";
import { importedCarryOver } from "@/lib/imports/imported-carry-over";
import { isI1 } from "@/lib/imports/outcome";
import { uploadedFiles } from "@/lib/imports/upload-form";
import { blankToUndefined, DEPARTMENT_KEY } from "@/lib/validation";

const fieldsSchema = z.object({
  department: z.preprocess(blankToUndefined, z.string().regex(DEPARTMENT_KEY, "所属部门须写作“区县代码-部门编码”，如 500109-134").optional()),
  revisionReason: z.preprocess(blankToUndefined, z.string().trim().max(2000, "更正原因至多 2000 字").optional()),
});

/**
 * POST /api/v1/admin/import/draft (multipart: `file`, optional `department` DISTRICTCODE-CODE and
 * `revisionReason`): the file of a preview, saved as a draft of its department together with the
 * file itself and the importer's I1 findings; its 上年数 stay read-only in the editor. A year already
 * published makes a correction, refused without `revisionReason` (更正原因).
 * 201 `{ id, version, revision, departmentKey }`.
 */
export const POST = apiRoute(async (request) => {
  const actor = await requireActor({ request, roles: ["editor", "admin"] });
  const { files, fields } = await uploadedFiles(request, { field: "file", maxBodyBytes: BODY_LIMITS.upload, tooLarge: "文件超过 20 MB，未导入。" });
  const parsedFields = fieldsSchema.safeParse(fields);
  if (!parsedFields.success) throw new InvalidInput(zodProblems(parsedFields.error.issues));
  const file = files[0];
  if (!file) throw new HttpProblem(400, "请选择要导入的文件（表单字段 file）。");
  const db = await getDb();
  const parsed = await importUpload(file.bytes, file.fileName);
  const doc = await assignDocument({ db, actor, doc: parsed, departmentKey: parsedFields.data.department });
  const created = await createDisclosure({
    db,
    doc,
    actor,
    source: `导入文件 ${file.fileName}`,
    revisionReason: parsedFields.data.revisionReason,
    file: { bytes: file.bytes, source: parsed.source!, importFindings: (parsed.findings ?? []).filter(isI1) },
    carryOver: importedCarryOver(doc),
  });
  return NextResponse.json(
    { id: created.id, version: created.version, revision: created.revision, departmentKey: created.departmentKey },
    { status: 201, headers: { Location: `/api/v1/admin/disclosures/${created.id}` } },
  );
});
