/** The feedback categories and statuses, as the database and the API name them, with their labels. */
export const FEEDBACK_CATEGORIES = ["data_error", "unclear", "missing", "other"] as const;
export type FeedbackCategory = (typeof FEEDBACK_CATEGORIES)[number];

export const CATEGORY_LABELS: Record<FeedbackCategory, string> = {
  data_error: "数据有误",
  unclear: "表述不清",
  missing: "内容缺失",
  other: "其他",
};

export const FEEDBACK_STATUSES = ["new", "acknowledged", "answered", "closed"] as const;
export type FeedbackStatus = (typeof FEEDBACK_STATUSES)[number];

export const STATUS_LABELS: Record<FeedbackStatus, string> = {
  new: "待处理",
  acknowledged: "已受理",
  answered: "已答复",
  closed: "已办结",
};
