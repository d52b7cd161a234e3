import { z } from "zod";
import { DEPARTMENT_KEY } from "@/lib/validation";

export const ROLES = ["admin", "reviewer", "editor"] as const;
export type Role = (typeof ROLES)[number];
export const ROLE_LABELS: Record<Role, string> = { admin: "管理员", reviewer: "审核人", editor: "部门联系人" };

/** DISTRICTCODE-CODE, e.g. 500109-134 */
export const departmentKeySchema = z
  .string()
  .trim()
  .regex(DEPARTMENT_KEY, "部门编号应为“区县代码-部门编码”，例如 500109-134");

/** What a role requires of its scope: editors have departments, reviewers districts, nobody else either. */
export function roleScopeIssues(u: { role: Role; departments: string[]; districts: string[] }) {
  const issues: { path: "departments" | "districts"; message: string }[] = [];
  if (u.role === "editor" && u.departments.length === 0) issues.push({ path: "departments", message: "部门联系人至少要指定一个部门" });
  if (u.role === "reviewer" && u.districts.length === 0) issues.push({ path: "districts", message: "审核人至少要指定一个区县" });
  if (u.role !== "editor" && u.departments.length > 0) issues.push({ path: "departments", message: "只有部门联系人（editor）关联部门" });
  if (u.role !== "reviewer" && u.districts.length > 0) issues.push({ path: "districts", message: "只有审核人（reviewer）关联区县" });
  return issues;
}

const emailSchema = z.string().trim().toLowerCase().pipe(z.email("邮箱格式不正确"));
const roleSchema = z.enum(ROLES, { message: "角色须为 admin、reviewer 或 editor" });
/** district names (北碚区) or division codes (500109) */
const districtRefsSchema = z.array(z.string().trim().min(1));

/** A new account, as the admin form and `npm run user:create` give it. */
export const newUserSchema = z
  .object({
    email: emailSchema,
    name: z.string().trim().min(1, "请填写姓名").max(50, "姓名至多 50 个字"),
    role: roleSchema,
    departments: z.array(departmentKeySchema).default([]),
    districts: districtRefsSchema.default([]),
    password: z.string(),
  })
  .superRefine((u, ctx) => {
    for (const issue of roleScopeIssues(u)) ctx.addIssue({ code: "custom", path: [issue.path], message: issue.message });
  });
export type NewUser = z.input<typeof newUserSchema>;

/** Changes to an account; what is absent stays as it is. */
export const userChangesSchema = z.object({
  role: roleSchema.optional(),
  /** replaces the editor's departments */
  departments: z.array(departmentKeySchema).optional(),
  /** replaces the reviewer's districts */
  districts: districtRefsSchema.optional(),
  password: z.string().optional(),
  disabled: z.boolean().optional(),
  /** forgets the account's failed sign-ins, lifting every pause they caused */
  unlock: z.boolean().optional(),
});
export type UserChanges = z.input<typeof userChangesSchema>;
