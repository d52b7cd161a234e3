import { z } from "zod";
import { STATUS_LABELS, type DisclosureStatus } from "./status";
import { blankToUndefined, DEPARTMENT_KEY } from "@/lib/validation";

const STATUSES = Object.keys(STATUS_LABELS) as [DisclosureStatus, ...DisclosureStatus[]];

/** What waits for each role: the editor's drafts and returned ones, the reviewer's submitted, the admin's approved. */
export const TODO_STATUSES = { editor: ["draft", "returned"], reviewer: ["submitted"], admin: ["approved"] } as const satisfies Record<string, readonly DisclosureStatus[]>;

/**
 * The admin list's filters (the dashboard's URL and GET /api/v1/admin/disclosures): a status,
 * or `todo` for what waits for the caller's role; a year; a district or department; a page.
 */
export const scopeListQuerySchema = z.object({
  status: z.preprocess(blankToUndefined, z.enum([...STATUSES, "todo"], { error: "状态须为 draft、submitted、returned、approved、published、retracted、superseded 或 todo" }).optional()),
  year: z.preprocess(blankToUndefined, z.coerce.number({ error: "年度须为数字" }).int().min(2000, { error: "年度须在 2000 至 2100 之间" }).max(2100, { error: "年度须在 2000 至 2100 之间" }).optional()),
  district: z.preprocess(blankToUndefined, z.string().regex(/^\d{6}$/, { error: "区县须为 6 位区划代码，如 500109" }).optional()),
  department: z.preprocess(blankToUndefined, z.string().regex(DEPARTMENT_KEY, { error: "部门须写作“区县代码-部门编码”，如 500109-134" }).optional()),
  page: z.preprocess(blankToUndefined, z.coerce.number({ error: "页码须为数字" }).int().min(1, { error: "页码须为正整数" }).max(100_000).default(1)),
  pageSize: z.preprocess(blankToUndefined, z.coerce.number({ error: "每页条数须为数字" }).int().min(1, { error: "每页条数须在 1 至 500 之间" }).max(500, { error: "每页条数须在 1 至 500 之间" }).default(50)),
});
export type ScopeListQuery = z.infer<typeof scopeListQuerySchema>;
