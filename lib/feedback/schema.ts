import { z } from "zod";
import { TABLE_KINDS, type TableKind } from "@/lib/disclosure/schema";
import { FEEDBACK_CATEGORIES } from "./labels";
import { blankToUndefined, DEPARTMENT_KEY } from "@/lib/validation";

export const MESSAGE_MAX = 2000;
export const NAME_MAX = 50;
export const CONTACT_MAX = 100;
export const ROW_MAX = 200;
export const ANSWER_MAX = 5000;

/** Characters as a reader counts them: a Chinese character or an emoji is one. */
export const charCount = (s: string) => Array.from(s).length;

const optionalText = (label: string, max: number) =>
  z.preprocess(
    blankToUndefined,
    z
      .string({ error: `${label}须为文字` })
      .refine((s) => charCount(s) <= max, { error: (i) => `${label}至多 ${max} 个字（现为 ${charCount(String(i.input))} 个字）` })
      .optional(),
  );

/**
 * What anyone may send: the feedback form (in the browser and again on the server) and
 * POST /api/v1/feedback take the same. Text is kept exactly as written.
 */
export const feedbackInputSchema = z.object({
  category: z.enum(FEEDBACK_CATEGORIES, { error: "请选择意见类别（数据有误、表述不清、内容缺失或其他）" }),
  message: z
    .string({ error: "请填写意见内容" })
    .refine((s) => s.trim() !== "", { error: "请填写意见内容" })
    .refine((s) => charCount(s) <= MESSAGE_MAX, { error: (i) => `意见内容至多 ${MESSAGE_MAX} 个字（现为 ${charCount(String(i.input))} 个字）` }),
  name: optionalText("称呼", NAME_MAX),
  contact: optionalText("联系方式", CONTACT_MAX),
  /** the published disclosure the feedback is about */
  disclosureId: z.preprocess(blankToUndefined, z.uuid({ error: "公开文件编号有误" }).optional()),
  /** or a department (DISTRICTCODE-CODE) when it is not about one disclosure */
  department: z.preprocess(blankToUndefined, z.string().regex(DEPARTMENT_KEY, { error: "部门须写作“区县代码-部门编码”，如 500109-134" }).optional()),
  /** a table of the disclosure, and optionally one of its rows (as the page labels it) */
  table: z.preprocess(blankToUndefined, z.enum(TABLE_KINDS as [TableKind, ...TableKind[]], { error: "没有这种表格" }).optional()),
  row: optionalText("所指的行", ROW_MAX),
});
export type FeedbackInput = z.infer<typeof feedbackInputSchema>;
export type FeedbackFormValues = z.input<typeof feedbackInputSchema>;

/** The form sends the same, with its signed time token and the honeypot field people never see. */
export const feedbackFormSchema = feedbackInputSchema.extend({
  formToken: z.string().max(200),
  website: z.string().max(500).optional(),
});
export type FeedbackFormInput = z.infer<typeof feedbackFormSchema>;

/** An answer, and whether it shows under the disclosure with the question. */
export const answerSchema = z.object({
  answer: z
    .string({ error: "请填写答复" })
    .refine((s) => s.trim() !== "", { error: "请填写答复" })
    .refine((s) => charCount(s) <= ANSWER_MAX, { error: `答复至多 ${ANSWER_MAX} 个字` }),
  public: z.boolean(),
});

/** What the inbox does to one feedback. */
export const feedbackChangeSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("acknowledge") }),
  answerSchema.extend({ kind: z.literal("answer") }),
  z.object({ kind: z.literal("publish"), public: z.boolean() }),
  z.object({ kind: z.literal("close") }),
]);
export type FeedbackChange = z.infer<typeof feedbackChangeSchema>;
export type AnswerValues = z.infer<typeof answerSchema>;
