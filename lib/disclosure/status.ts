export const STATUS_LABELS = {
  draft: "草稿",
  submitted: "已提交审核",
  returned: "已退回修改",
  approved: "审核通过",
  published: "已公开",
  retracted: "已撤回",
  superseded: "已被新版本取代",
} as const;
export type DisclosureStatus = keyof typeof STATUS_LABELS;
