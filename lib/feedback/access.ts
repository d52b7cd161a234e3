import type { Actor, DepartmentRef } from "@/lib/auth/scope";

/**
 * Who reads and who answers feedback. Editors: feedback on their own departments; reviewers:
 * their districts', read only; admins: all, including feedback on the portal itself (no department).
 */
export function canReadFeedback(actor: Actor, department: DepartmentRef | null): boolean {
  if (actor.role === "admin") return true;
  if (!department) return false;
  return actor.role === "reviewer" ? actor.districtCodes.includes(department.districtCode) : actor.departmentIds.includes(department.id);
}

export function canAnswerFeedback(actor: Actor, department: DepartmentRef | null): boolean {
  if (actor.role === "admin") return true;
  return actor.role === "editor" && !!department && actor.departmentIds.includes(department.id);
}
