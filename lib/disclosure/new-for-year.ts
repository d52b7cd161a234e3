import "server-only";
import type { Db } from "@/db/client";
import { findDepartmentByKey, findPublishedDisclosure } from "@/db/queries/departments";
import { findDisclosureRecord, readDisclosureDocument } from "@/db/queries/disclosure-read";
import { AccessDenied } from "@/lib/auth/access-denied";
import { type Actor, canEditDepartment } from "@/lib/auth/scope";
import { HttpProblem } from "@/lib/http/problem";
import { createDisclosure } from "./create";
import { emptyDocument, nextYearDocument } from "./next-year";
import type { NewForYear } from "./new-for-year-schema";


/** "New disclosure for YEAR": an empty draft, or one carried over from last year's published disclosure. */
export async function newDisclosureForYear({ db, actor, input }: { db: Db; actor: Actor; input: NewForYear }) {
  const found = await findDepartmentByKey({ db, key: input.department });
  if (!found || !canEditDepartment(actor, found.department)) throw new AccessDenied(403, `您不是部门 ${input.department} 的预算公开联系人。`);
  const { department, districtName } = found;
  const identity = { district: districtName, department: { code: department.code, name: department.name }, year: input.year, kind: input.kind };
  let doc = emptyDocument({ ...identity, sourceUnit: input.sourceUnit });
  if (input.from === "previous") {
    const previous = await findPublishedDisclosure({ db, departmentId: department.id, year: input.year - 1, kind: input.kind });
    const record = previous && (await findDisclosureRecord({ db, id: previous.id }));
    if (!record) throw new HttpProblem(404, `${department.name} 没有已公开的 ${input.year - 1} 年文件可供沿用。`);
    doc = nextYearDocument(await readDisclosureDocument({ db, record }), input.year);
  }
  return createDisclosure({ db, doc, actor, source: input.from === "previous" ? `沿用 ${input.year - 1} 年文件新建` : "新建空白文件" });
}
