import reference from "@/db/reference/districts.json";
import type { DisclosureDocument } from "@/lib/disclosure/schema";
import { UNKNOWN } from "@/lib/documents/recognize/header";

/** A department to file a document under: its district's name and code, its code and name. */
export interface DepartmentRef {
  districtCode: string;
  districtName: string;
  code: string;
  name: string;
}

export const keyOf = (d: Pick<DepartmentRef, "districtCode" | "code">) => `${d.districtCode}-${d.code}`;

/** The district of a division code (500109 → 北碚区), from the reference list. */
export const districtNameOf = (code: string): string | undefined => reference.districts.find((d) => d.code === code)?.name;

/** The division code of a district's name (北碚区 → 500109). */
export const districtCodeOf = (name: string): string | undefined => reference.districts.find((d) => d.name === name)?.code;

/** Whether the file left out which district or department it is of (the importer writes 未注明). */
export function needsDepartment(doc: Pick<DisclosureDocument, "district" | "department">): boolean {
  return doc.district === UNKNOWN || doc.department.code === UNKNOWN || doc.department.name === UNKNOWN;
}

/** The key of the department the file itself names, when it names district and code. */
export function statedKey(doc: Pick<DisclosureDocument, "district" | "department">): string | undefined {
  const districtCode = doc.district === UNKNOWN ? undefined : districtCodeOf(doc.district);
  return districtCode && doc.department.code !== UNKNOWN ? keyOf({ districtCode, code: doc.department.code }) : undefined;
}

/**
 * Why a document cannot go under this department, or null when it can: the file states another
 * district or another department code than the one it is assigned to.
 */
export function assignmentConflict(doc: Pick<DisclosureDocument, "district" | "department">, to: DepartmentRef): string | null {
  if (doc.district !== UNKNOWN && doc.district !== to.districtName) {
    return `文件写明属于${doc.district}，不能归入${to.districtName}的部门 ${keyOf(to)}`;
  }
  if (doc.department.code !== UNKNOWN && doc.department.code !== to.code) {
    return `文件写明部门编码为 ${doc.department.code}，不能归入部门 ${keyOf(to)}`;
  }
  return null;
}

/**
 * The document filed under a department: its district and code, and the department's name where
 * the file prints none or names another department (an admin's choice); else the name as printed.
 */
export function withDepartment<D extends Pick<DisclosureDocument, "district" | "department">>(doc: D, to: Omit<DepartmentRef, "name"> & { name?: string }): D {
  const printed = doc.department.name !== UNKNOWN && (doc.department.code === UNKNOWN || doc.department.code === to.code);
  return { ...doc, district: to.districtName, department: { code: to.code, name: printed ? doc.department.name : (to.name ?? doc.department.name) } };
}
