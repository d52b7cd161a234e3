import { z } from "zod";
import { FEEDBACK_STATUSES } from "@/lib/feedback/labels";
import { blankToUndefined } from "@/lib/validation";

/** The inbox's filters, from its URL. */
export const inboxQuerySchema = z.object({
  kind: z.preprocess(blankToUndefined, z.enum(["feedback", "review"], { error: "类型须为公众留言或审核意见" }).optional()),
  status: z.preprocess(blankToUndefined, z.enum(FEEDBACK_STATUSES, { error: "状态有误" }).optional()),
  page: z.preprocess(blankToUndefined, z.coerce.number({ error: "页码须为数字" }).int().min(1, "页码从 1 开始").max(1000).default(1)),
});
export type InboxQuery = z.infer<typeof inboxQuerySchema>;
