"use client";

import { ROLE_LABELS, ROLES, type Role } from "@/lib/users/schema";
import { DepartmentPicker } from "./department-picker";
import { DistrictChecklist } from "./district-checklist";
import { Field } from "./field";
import { inputClass } from "./styles";

export type RoleScope = { role: Role; departments: string[]; districts: string[] };

const ROLE_HINTS: Record<Role, string> = {
  admin: "管理员可管理全部区县、部门、用户与发布。",
  reviewer: "审核人审核所选区县各部门提交的文件。",
  editor: "部门联系人只能填报所选部门的文件。",
};

/**
 * Role, and the scope that role needs: departments for an editor, districts for a reviewer.
 * Choosing another role empties the scope the new role does not have.
 */
export function RoleScopeFields({
  value,
  onChange,
  errors,
  districts,
  departmentLabels,
}: {
  value: RoleScope;
  onChange: (next: RoleScope) => void;
  errors: { role?: string; departments?: string; districts?: string };
  districts: { code: string; name: string }[];
  departmentLabels: Record<string, string>;
}) {
  const setRole = (role: Role) =>
    onChange({ role, departments: role === "editor" ? value.departments : [], districts: role === "reviewer" ? value.districts : [] });
  return (
    <>
      <Field id="role" label="角色" hint={ROLE_HINTS[value.role]} error={errors.role}>
        {(p) => (
          <select {...p} className={inputClass} value={value.role} onChange={(e) => setRole(e.target.value as Role)}>
            {ROLES.map((r) => (
              <option key={r} value={r}>
                {ROLE_LABELS[r]}（{r}）
              </option>
            ))}
          </select>
        )}
      </Field>
      {value.role === "editor" ? (
        <DepartmentPicker
          districts={districts}
          value={value.departments}
          onChange={(departments) => onChange({ ...value, departments })}
          labels={departmentLabels}
          error={errors.departments}
        />
      ) : null}
      {value.role === "reviewer" ? (
        <DistrictChecklist districts={districts} value={value.districts} onChange={(codes) => onChange({ ...value, districts: codes })} error={errors.districts} />
      ) : null}
    </>
  );
}
