import { z } from "zod";
import { DISCLOSURE_KINDS } from "./schema";
import { blankToUndefined, DEPARTMENT_KEY, NO_NUL } from "@/lib/validation";

/** The filters of the public list: /search and GET /api/v1/disclosures take the same. */
export const disclosureListQuerySchema = z.object({
  q: z.preprocess(blankToUndefined, z.string().trim().max(100, "检索词至多 100 个字").refine(...NO_NUL).optional()),
  /** name (北碚区) or division code (500109) */
  district: z.preprocess(blankToUndefined, z.string().trim().max(20).refine(...NO_NUL).optional()),
  year: z.preprocess(blankToUndefined, z.coerce.number({ message: "年度须为数字" }).int().min(2000, "年度须在 2000 至 2100 之间").max(2100, "年度须在 2000 至 2100 之间").optional()),
  /** DISTRICTCODE-CODE */
  department: z.preprocess(blankToUndefined, z.string().trim().regex(DEPARTMENT_KEY, "部门须写作“区县代码-部门编码”，如 500109-134").optional()),
  kind: z.preprocess(blankToUndefined, z.enum(DISCLOSURE_KINDS, { message: "类型须为 budget（预算）或 final（决算）" }).optional()),
  sort: z.preprocess(blankToUndefined, z.enum(["relevance", "year", "amount"], { message: "排序须为 relevance（相关度）、year（年度）或 amount（支出总额）" }).optional()),
  /** with counts by district, year, kind and department */
  facets: z.preprocess(blankToUndefined, z.enum(["0", "1"]).optional()),
  page: z.preprocess(blankToUndefined, z.coerce.number({ message: "页码须为数字" }).int().min(1, "页码从 1 开始").max(10_000).default(1)),
  pageSize: z.preprocess(blankToUndefined, z.coerce.number({ message: "每页条数须为数字" }).int().min(1).max(100, "每页至多 100 条").default(20)),
});
export type DisclosureListQuery = z.infer<typeof disclosureListQuerySchema>;

export const KIND_LABELS = { budget: "部门预算", final: "部门决算" } as const;
