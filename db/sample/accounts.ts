import type { Role } from "@/lib/users/schema";

/** The departments whose real disclosures ship as sample data (db/sample/disclosures). */
export const sampleDepartments = [
  { districtCode: "500109", code: "134", name: "重庆市北碚区政务服务中心", contactName: "李青", contactPhone: "023-60301012" },
  { districtCode: "500109", code: "104", name: "重庆市北碚区人民政府办公室", contactName: "韩跃广", contactPhone: "023-68863379" },
  { districtCode: "500108", code: "236", name: "重庆市南岸区政务服务管理办公室", contactName: "胡家敏", contactPhone: "023-62606765" },
  { districtCode: "500152", code: "363", name: "重庆市潼南区政务服务管理办公室", contactName: "林星好", contactPhone: null },
];

/** Demo accounts (README): never created in production unless DEMO_ACCOUNTS=true. */
export const demoAccounts: { email: string; name: string; role: Role; password: string; departments: string[]; districts: string[] }[] = [
  { email: "admin@demo.invalid", name: "演示管理员", role: "admin", password: "Demo#2026", departments: [], districts: [] },
  { email: "reviewer@demo.invalid", name: "演示审核人（北碚区）", role: "reviewer", password: "Demo#2026", departments: [], districts: ["北碚区"] },
  { email: "editor@demo.invalid", name: "演示联系人（北碚区政务服务中心）", role: "editor", password: "Demo#2026", departments: ["500109-134"], districts: [] },
];
