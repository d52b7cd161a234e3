import { z } from "zod";

export const ROLES = ["admin", "reviewer", "editor"] as const;
export type Role = (typeof ROLES)[number];
export const ROLE_LABELS: Record<Role, string> = { admin: "管理员", reviewer: "审核人", editor: "部门联系人" };

/** DISTRICTCODE-CODE, e.g. 500109-134 */
export const departmentKeySchema = z
  .string()
  .trim()
  .regex(/^\d{6}-[0-9A-Za-z]{1,40}$/, "部门编号应为“区县代码-部门编码”，例如 500109-134");

/** A new account, as the admin form and `npm run user:create` give it. */
export const newUserSchema = z
  .object({
    email: z.string().trim().toLowerCase().pipe(z.email("邮箱格式不正确")),
    name: z.string().trim().min(1, "请填写姓名").max(50, "姓名至多 50 个字"),
    role: z.enum(ROLES, { message: "角色须为 admin、reviewer 或 editor" }),
    departments: z.array(departmentKeySchema).default([]),
    /** district names (北碚区) or division codes (500109) */
    districts: z.array(z.string().trim().min(1)).default([]),
    password: z.string(),
  })
  .superRefine((u, ctx) => {
    if (u.role === "editor" && u.departments.length === 0) {
      ctx.addIssue({ code: "custom", path: ["departments"], message: "部门联系人至少要指定一个部门" });
    }
    if (u.role === "reviewer" && u.districts.length === 0) {
      ctx.addIssue({ code: "custom", path: ["districts"], message: "审核人至少要指定一个区县" });
    }
    if (u.role !== "editor" && u.departments.length > 0) {
      ctx.addIssue({ code: "custom", path: ["departments"], message: "只有部门联系人（editor）关联部门" });
    }
    if (u.role !== "reviewer" && u.districts.length > 0) {
      ctx.addIssue({ code: "custom", path: ["districts"], message: "只有审核人（reviewer）关联区县" });
    }
  });
export type NewUser = z.input<typeof newUserSchema>;
