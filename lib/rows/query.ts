import { z } from "zod";
import { TABLE_LABELS } from "@/lib/disclosure/labels";
import { DISCLOSURE_KINDS, TABLE_KINDS, type TableKind } from "@/lib/disclosure/schema";
import { InvalidInput } from "@/lib/invalid-input";
import { blankToUndefined, NO_NUL } from "@/lib/validation";
import { isRowSearchKind } from "./name-key";

/** The tables whose rows can be looked up, in the order of the documents. */
export const ROW_SEARCH_TABLES = TABLE_KINDS.filter(isRowSearchKind) as [TableKind, ...TableKind[]];

export const ROW_SORTS = ["amount", "amount_asc", "department", "year"] as const;
export type RowSort = (typeof ROW_SORTS)[number];
export const ROW_SORT_LABELS: Record<RowSort, string> = {
  amount: "金额从大到小",
  amount_asc: "金额从小到大",
  department: "部门名称",
  year: "年度（新到旧）",
};

export const ROW_PAGE_SIZE_MAX = 100;

const CODE = /^(?:\d{1,40}|total)$/;

/**
 * The filters of the row search: /rows and GET /api/v1/rows take the same. `q` is a 科目 name
 * (公务接待费), or a code when it is digits only (30217), so one box on the page takes either.
 */
export const rowSearchQuerySchema = z
  .object({
    code: z.preprocess(blankToUndefined, z.string().trim().regex(CODE, "科目编码（code）须为数字，如 30217").optional()),
    q: z.preprocess(blankToUndefined, z.string().trim().max(100, "科目名称（q）至多 100 个字").refine(...NO_NUL).optional()),
    /** name (北碚区) or division code (500109) */
    district: z.preprocess(blankToUndefined, z.string().trim().max(20, "区县（district）须为区县名称或代码，如 北碚区 或 500109").refine(...NO_NUL).optional()),
    year: z.preprocess(
      blankToUndefined,
      z.coerce.number({ message: "年度（year）须为数字" }).int("年度（year）须为整数").min(2000, "年度（year）须在 2000 至 2100 之间").max(2100, "年度（year）须在 2000 至 2100 之间").optional(),
    ),
    kind: z.preprocess(blankToUndefined, z.enum(DISCLOSURE_KINDS, { message: "类别（kind）须为 budget（部门预算）或 final（部门决算）" }).optional()),
    table: z.preprocess(
      blankToUndefined,
      z.enum(ROW_SEARCH_TABLES, { message: `表格（table）须为以下之一：${ROW_SEARCH_TABLES.map((k) => `${k}（${TABLE_LABELS[k]}）`).join("、")}` }).optional(),
    ),
    sort: z.preprocess(
      blankToUndefined,
      z.enum(ROW_SORTS, { message: `排序（sort）须为以下之一：${ROW_SORTS.map((s) => `${s}（${ROW_SORT_LABELS[s]}）`).join("、")}` }).default("amount"),
    ),
    page: z.preprocess(blankToUndefined, z.coerce.number({ message: "页码（page）须为数字" }).int("页码（page）须为整数").min(1, "页码（page）从 1 开始").max(10_000, "页码（page）至多 10000").default(1)),
    pageSize: z.preprocess(
      blankToUndefined,
      z.coerce
        .number({ message: "每页条数（pageSize）须为数字" })
        .int("每页条数（pageSize）须为整数")
        .min(1, "每页条数（pageSize）至少 1 条")
        .max(ROW_PAGE_SIZE_MAX, `每页条数（pageSize）至多 ${ROW_PAGE_SIZE_MAX} 条`)
        .default(20),
    ),
  })
  .transform(({ q, code, ...rest }) => {
    const qIsCode = code === undefined && q !== undefined && /^\d+$/.test(q);
    return { ...rest, code: qIsCode ? q : code, q: qIsCode ? undefined : q };
  });
export type RowSearchQuery = z.infer<typeof rowSearchQuerySchema>;

/** Whether the query names a 科目 at all: without one the search lists nothing. */
export const namesARow = (query: Pick<RowSearchQuery, "code" | "q">) => query.code !== undefined || query.q !== undefined;

/** The query of an API request, which must name a 科目: refused (400) otherwise. */
export function requireRow(query: RowSearchQuery): RowSearchQuery {
  if (!namesARow(query)) throw new InvalidInput([{ field: "code", message: "请给出科目编码（code，如 30217）或科目名称（q，如 公务接待费）" }]);
  return query;
}
