import "server-only";
import type { Db } from "@/db/client";
import { findDepartmentByKey } from "@/db/queries/departments";
import { listUserDepartments } from "@/db/queries/users";
import { AccessDenied } from "@/lib/auth/access-denied";
import type { Actor } from "@/lib/auth/scope";
import type { DisclosureDocument } from "@/lib/disclosure/schema";
import { HttpProblem } from "@/lib/http/problem";
import { InvalidInput } from "@/lib/invalid-input";
import { assignmentConflict, needsDepartment, statedKey, withDepartment } from "./assign";
import { publishedRevision } from "./published-revision";

/**
 * A department offered for a document: its key (DISTRICTCODE-CODE), how people name it, and the
 * revision it has published of the document's year and kind (null: none, the import is no correction).
 */
export interface DepartmentChoice {
  key: string;
  label: string;
  published: number | null;
}

/**
 * Where an imported document will go, as the preview shows it: `ready` under the department the
 * file names; or `choose`, with the departments to choose from (an editor's own; `any` for an
 * admin, who picks a district and then one of its departments).
 */
export type PreviewAssignment =
  | { state: "ready"; department: DepartmentChoice; canChange: boolean }
  | { state: "choose"; message: string; choices: DepartmentChoice[] | "any" };

const labelOf = (d: { districtName: string; name: string; code: string }) => `${d.districtName} ${d.name}（部门编码 ${d.code}）`;

function refuseOther(doc: DisclosureDocument): never {
  throw new AccessDenied(
    403,
    `这份文件属于${doc.department.name.includes(doc.district) ? "" : doc.district}${doc.department.name}（部门编码 ${doc.department.code}），不是您负责的部门。预算公开联系人只能导入本人负责部门的文件，请交由该部门的联系人导入。`,
  );
}

/** The preview's answer to "whose document is this, and may this actor file it there?". */
export async function previewAssignment({ db, actor, doc }: { db: Db; actor: Actor; doc: DisclosureDocument }): Promise<PreviewAssignment> {
  const key = statedKey(doc);
  const found = key ? await findDepartmentByKey({ db, key }) : undefined;
  const choiceOf = async (d: { id: number; key: string; districtName: string; name: string; code: string }): Promise<DepartmentChoice> => ({
    key: d.key,
    label: labelOf(d),
    published: await publishedRevision({ db, departmentId: d.id, year: doc.year, kind: doc.kind }),
  });
  const stated = found ? { ...found.department, key: key!, districtName: found.districtName } : undefined;
  if (actor.role === "admin") {
    if (stated) return { state: "ready", department: await choiceOf(stated), canChange: true };
    const message = key
      ? `平台尚未登记${doc.district}部门编码为 ${doc.department.code} 的部门：请选择要归入的部门，或先在“部门”中登记该部门。`
      : "文件未注明所属区县或部门编码：请选择要归入的部门。";
    return { state: "choose", message, choices: "any" };
  }
  if (actor.role !== "editor") throw new AccessDenied(403, "您的角色无权导入文件。");
  if (stated && actor.departmentIds.includes(stated.id)) return { state: "ready", department: await choiceOf(stated), canChange: false };
  if (key) refuseOther(doc);
  const own = (await listUserDepartments({ db, userId: actor.id })).filter((d) => !needsDepartment(doc) || assignmentConflict(doc, d) === null);
  if (own.length === 0) {
    throw new AccessDenied(403, `这份文件写明属于${doc.district}，您负责的部门都不在该区县。预算公开联系人只能导入本人负责部门的文件。`);
  }
  return {
    state: "choose",
    message: "文件未注明部门编码：请选择它属于您负责的哪个部门。",
    choices: await Promise.all(own.map(choiceOf)),
  };
}

/**
 * The document filed under the department chosen at the preview (or, with none chosen, the one
 * it names), checked as the preview checks: an editor only under their own department and only
 * one the file does not contradict; an admin under any registered department.
 */
export async function assignDocument({ db, actor, doc, departmentKey }: { db: Db; actor: Actor; doc: DisclosureDocument; departmentKey?: string }): Promise<DisclosureDocument> {
  if (!departmentKey) {
    if (needsDepartment(doc)) throw new InvalidInput([{ field: "department", message: "文件未注明所属区县或部门编码，请选择所属部门。" }]);
    if (actor.role === "editor") await previewAssignment({ db, actor, doc });
    return doc;
  }
  const found = await findDepartmentByKey({ db, key: departmentKey });
  if (!found) throw new HttpProblem(404, `没有找到部门 ${departmentKey}。`);
  const to = { districtCode: found.department.districtCode, districtName: found.districtName, code: found.department.code, name: found.department.name };
  if (actor.role === "editor") {
    if (!actor.departmentIds.includes(found.department.id)) throw new AccessDenied(403, `您不是${found.districtName}${found.department.name}（部门编码 ${found.department.code}）的预算公开联系人，不能为其导入文件。`);
    const conflict = assignmentConflict(doc, to);
    if (conflict) throw new AccessDenied(403, `${conflict}。`);
  } else if (actor.role !== "admin") {
    throw new AccessDenied(403, "您的角色无权导入文件。");
  }
  return withDepartment(doc, to);
}
