import { z } from "zod";

/** A department as the admin's form and the server take it; the parent is named by its code in the same district. */
export const departmentSchema = z.object({
  districtCode: z.string().regex(/^\d{6}$/, "请选择区县"),
  code: z
    .string()
    .trim()
    .regex(/^[0-9A-Za-z]{1,40}$/, "部门编码只能由数字和字母组成，至多 40 位，例如 134"),
  name: z.string().trim().min(1, "请填写部门名称").max(100, "部门名称至多 100 个字"),
  /** "" when the department has no parent */
  parentCode: z
    .string()
    .trim()
    .regex(/^[0-9A-Za-z]{0,40}$/, "上级部门编码有误"),
  contactName: z.string().trim().max(50, "联系人姓名至多 50 个字"),
  contactPhone: z
    .string()
    .trim()
    .regex(/^([0-9+()（）\s-]{7,30}(转\d{1,6})?)?$/, "联系电话格式不正确，例如 023-60301012 或 13800000000"),
});
export type DepartmentInput = z.infer<typeof departmentSchema>;

export const departmentKey = (d: { districtCode: string; code: string }) => `${d.districtCode}-${d.code}`;
