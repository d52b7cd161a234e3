import "server-only";
import type { Db } from "@/db/client";
import { findDepartmentsByKeys, findDistricts } from "@/db/queries/users";

/** Department keys and district names to ids and codes, with a problem for each one unknown. */
export async function resolveScope({ db, departments, districts }: { db: Db; departments: string[]; districts: string[] }) {
  const [depts, dists] = await Promise.all([findDepartmentsByKeys({ db, keys: departments }), findDistricts({ db, refs: districts })]);
  const problems: { field: string; message: string }[] = [];
  if (depts.missing.length) problems.push({ field: "departments", message: `没有编号为 ${depts.missing.join("、")} 的部门` });
  if (dists.missing.length) problems.push({ field: "districts", message: `没有名为 ${dists.missing.join("、")} 的区县` });
  return {
    departmentIds: depts.found.map((d) => d.id),
    districtCodes: dists.found.map((d) => d.code),
    districtNames: dists.found.map((d) => d.name),
    problems,
  };
}
