import "server-only";
import type { Db, Tx } from "@/db/client";
import { recordAudit } from "@/db/queries/audit";
import { findDistrict } from "@/db/queries/districts";
import {
  type DepartmentRow,
  findDepartmentByCode,
  findDepartmentById,
  insertDepartment,
  listDistrictParentLinks,
  updateDepartmentRow,
} from "@/db/queries/departments-admin";
import { invalidate } from "@/lib/cache/invalidate";
import { HttpProblem } from "@/lib/http/problem";
import { InvalidInput } from "@/lib/invalid-input";
import { type DepartmentInput, departmentKey, departmentSchema } from "./schema";

type Actor = { id: number; email: string };
type Problem = { field: string; message: string };

const auditView = (d: DepartmentRow, parentCode: string | null) => ({
  key: departmentKey(d),
  name: d.name,
  parent: parentCode,
  contactName: d.contactName,
  contactPhone: d.contactPhone,
});

const duplicateCode = (districtName: string, code: string, existingName?: string): Problem => ({
  field: "code",
  message: `${districtName}已有编码为 ${code} 的部门${existingName ? `（${existingName}）` : ""}，同一区县内部门编码不能重复`,
});

/** PostgreSQL's unique_violation, as either driver reports it (drizzle wraps it in `cause`). */
function isUniqueViolation(e: unknown): boolean {
  const codeOf = (x: unknown) => (typeof x === "object" && x !== null && "code" in x ? (x as { code: unknown }).code : undefined);
  return codeOf(e) === "23505" || (e instanceof Error && codeOf(e.cause) === "23505");
}

/** The parent's id, or problems: it must exist in the same district and not be the department or below it. */
async function resolveParent({ tx, districtCode, parentCode, selfId }: { tx: Tx; districtCode: string; parentCode: string; selfId?: number }) {
  if (!parentCode) return { parentId: null, problems: [] as Problem[] };
  const parent = await findDepartmentByCode({ db: tx, districtCode, code: parentCode });
  if (!parent) return { parentId: null, problems: [{ field: "parentCode", message: `本区县没有编码为 ${parentCode} 的部门` }] };
  if (selfId !== undefined) {
    const parentOf = new Map((await listDistrictParentLinks({ db: tx, districtCode })).map((l) => [l.id, l.parentId]));
    for (let at: number | null | undefined = parent.id; at != null; at = parentOf.get(at)) {
      if (at === selfId) return { parentId: null, problems: [{ field: "parentCode", message: "上级部门不能是本部门或其下级部门" }] };
    }
  }
  return { parentId: parent.id, problems: [] as Problem[] };
}

function parse(input: DepartmentInput) {
  const parsed = departmentSchema.safeParse(input);
  if (!parsed.success) throw new InvalidInput(parsed.error.issues.map((i) => ({ field: i.path.map(String).join("."), message: i.message })));
  return parsed.data;
}

/** Inserts or updates inside one transaction; a concurrent duplicate caught by the unique index reads like the checked one. */
async function writeOnce<T>(db: Db, districtName: string, code: string, work: (tx: Tx) => Promise<T>): Promise<T> {
  try {
    return await db.transaction(work);
  } catch (e) {
    if (isUniqueViolation(e)) throw new InvalidInput([duplicateCode(districtName, code)]);
    throw e;
  }
}

/** Creates a department, audited; a code already used in its district is refused and nothing is written. */
export async function createDepartment({ db, input, actor }: { db: Db; input: DepartmentInput; actor: Actor }) {
  const d = parse(input);
  const district = await findDistrict({ db, code: d.districtCode });
  if (!district) throw new InvalidInput([{ field: "districtCode", message: `没有代码为 ${d.districtCode} 的区县` }]);
  const created = await writeOnce(db, district.name, d.code, async (tx) => {
    const existing = await findDepartmentByCode({ db: tx, districtCode: d.districtCode, code: d.code });
    const parent = await resolveParent({ tx, districtCode: d.districtCode, parentCode: d.parentCode });
    const problems = [...(existing ? [duplicateCode(district.name, d.code, existing.name)] : []), ...parent.problems];
    if (problems.length) throw new InvalidInput(problems);
    const row = await insertDepartment({
      tx,
      values: { districtCode: d.districtCode, code: d.code, name: d.name, parentId: parent.parentId, contactName: d.contactName || null, contactPhone: d.contactPhone || null },
    });
    await recordAudit({
      db: tx,
      entry: { actorId: actor.id, actorEmail: actor.email, action: "department.create", targetType: "department", targetId: row.id, after: auditView(row, d.parentCode || null), success: true },
    });
    return { id: row.id, key: departmentKey(row) };
  });
  await invalidate({ db, change: { kind: "department", departmentId: created.id, districtCode: d.districtCode } });
  return created;
}

/** Changes a department's code, name, parent and contact, audited with before and after; its district stays. */
export async function updateDepartment({ db, id, input, actor }: { db: Db; id: number; input: DepartmentInput; actor: Actor }) {
  const d = parse(input);
  const districtName = (await findDistrict({ db, code: d.districtCode }))?.name ?? d.districtCode;
  const saved = await writeOnce(db, districtName, d.code, async (tx) => {
    const current = await findDepartmentById({ db: tx, id, lock: true });
    if (!current) throw new HttpProblem(404, "没有这个部门。");
    if (current.districtCode !== d.districtCode) throw new InvalidInput([{ field: "districtCode", message: "部门所属区县不能更改" }]);
    const existing = d.code === current.code ? undefined : await findDepartmentByCode({ db: tx, districtCode: d.districtCode, code: d.code });
    const parent = await resolveParent({ tx, districtCode: d.districtCode, parentCode: d.parentCode, selfId: id });
    const problems = [...(existing ? [duplicateCode(districtName, d.code, existing.name)] : []), ...parent.problems];
    if (problems.length) throw new InvalidInput(problems);
    const formerParent = current.parentId === null ? null : ((await findDepartmentById({ db: tx, id: current.parentId }))?.code ?? null);
    const row = await updateDepartmentRow({
      tx,
      id,
      values: { code: d.code, name: d.name, parentId: parent.parentId, contactName: d.contactName || null, contactPhone: d.contactPhone || null },
    });
    await recordAudit({
      db: tx,
      entry: {
        actorId: actor.id,
        actorEmail: actor.email,
        action: "department.update",
        targetType: "department",
        targetId: id,
        before: auditView(current, formerParent),
        after: auditView(row, d.parentCode || null),
        success: true,
      },
    });
    return { id, key: departmentKey(row) };
  });
  await invalidate({ db, change: { kind: "department", departmentId: id, districtCode: d.districtCode } });
  return saved;
}
