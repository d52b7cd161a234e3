import type { Role } from "@/lib/users/schema";

/** Demo accounts (README): never created in production unless DEMO_ACCOUNTS=true. */
export const demoAccounts: { email: string; name: string; role: Role; password: string; departments: string[]; districts: string[] }[] = [
  { email: "admin@demo.invalid", name: "演示管理员", role: "admin", password: "Demo#2026", departments: [], districts: [] },
  { email: "reviewer@demo.invalid", name: "演示审核人（北碚区）", role: "reviewer", password: "Demo#2026", departments: [], districts: ["北碚区"] },
  { email: "editor@demo.invalid", name: "演示联系人（北碚区政务服务中心）", role: "editor", password: "Demo#2026", departments: ["500109-134"], districts: [] },
];
