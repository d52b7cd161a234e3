/** The accounts the end-to-end server is started with (e2e/support/serve.ts). */
export const PASSWORD = "E2e#Portal2026";

export const accounts = {
  admin: { email: "admin@e2e.invalid", name: "平台管理员", role: "admin", departments: [], districts: [] },
  beibeiReviewer: { email: "reviewer@e2e.invalid", name: "北碚审核人", role: "reviewer", departments: [], districts: ["北碚区"] },
  beibeiEditor: { email: "editor.beibei@e2e.invalid", name: "北碚联系人", role: "editor", departments: ["500109-134"], districts: [] },
  nananEditor: { email: "editor.nanan@e2e.invalid", name: "南岸联系人", role: "editor", departments: ["500108-236"], districts: [] },
  lockoutVictim: { email: "lockout@e2e.invalid", name: "锁定测试", role: "editor", departments: ["500152-363"], districts: [] },
  /** an account the admin resets and disables in admin-manage.spec.ts */
  managedEditor: { email: "managed@e2e.invalid", name: "被管理的联系人", role: "editor", departments: ["500109-134"], districts: [] },
} as const;

export type AccountName = keyof typeof accounts;
