import type { Role } from "@/lib/users/schema";

/** Who is acting, with the scope the database grants them. */
export interface Actor {
  id: number;
  email: string;
  name: string;
  role: Role;
  sessionId: string;
  /** editor: the departments they may edit */
  departmentIds: number[];
  /** reviewer: the districts they cover */
  districtCodes: string[];
}

export interface DepartmentRef {
  id: number;
  districtCode: string;
}

/** May the actor see this department's unpublished disclosures? */
export function canReadDepartment(actor: Actor, dept: DepartmentRef): boolean {
  switch (actor.role) {
    case "admin":
      return true;
    case "reviewer":
      return actor.districtCodes.includes(dept.districtCode);
    case "editor":
      return actor.departmentIds.includes(dept.id);
  }
}

/** May the actor write this department's drafts? Only its own editors. */
export function canEditDepartment(actor: Actor, dept: DepartmentRef): boolean {
  return actor.role === "editor" && actor.departmentIds.includes(dept.id);
}
