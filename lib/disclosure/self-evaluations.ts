import Decimal from "decimal.js";
import { z } from "zod";
import { SELF_EVALUATION_LABELS } from "./labels";
import { type DisclosureDocument, nullableAmountSchema, type SelfEvaluation } from "./schema";

export const GRADES = ["优", "良", "中", "差"] as const;
export type Grade = (typeof GRADES)[number];

/**
 * The grade a score earns (财预〔2020〕10号《项目支出绩效评价管理办法》: 90（含）–100 分为优，
 * 80（含）–90 分为良，60（含）–80 分为中，60 分以下为差).
 */
export function gradeOf(score: string): Grade {
  const s = new Decimal(score);
  return s.gte(90) ? "优" : s.gte(80) ? "良" : s.gte(60) ? "中" : "差";
}

const SCORE = /^\d{1,3}(\.\d{1,2})?$/;
/** A 自评得分 as written: 0 to 100, at most two decimals. */
export const isScore = (text: string): boolean => SCORE.test(text) && new Decimal(text).lte(100);

/** One row of the 绩效自评 as a contact enters it: what the document's schema asks, and a grade that fits its score. */
const selfEvaluationRowSchema = z
  .object({
    projectCode: z.string().trim().max(60, "至多 60 个字符").nullable(),
    projectName: z.string().trim().min(1, "请填写或选择项目").max(300, "至多 300 个字"),
    budget: nullableAmountSchema.optional(),
    actual: nullableAmountSchema.optional(),
    score: z
      .string()
      .trim()
      .regex(SCORE, "应为 0 至 100 之间的数，至多两位小数")
      .refine((v) => !SCORE.test(v) || new Decimal(v).lte(100), "不能超过 100 分")
      .nullable(),
    grade: z.enum(GRADES, "应为优、良、中或差").nullable(),
    gaps: z.string().max(20000, "至多 20000 字").nullable().optional(),
  })
  .superRefine((row, ctx) => {
    if (row.score === null && row.grade === null) ctx.addIssue({ code: "custom", path: ["score"], message: "请填写自评得分或自评等级" });
    if (row.score !== null && row.grade !== null && SCORE.test(row.score) && gradeOf(row.score) !== row.grade) {
      ctx.addIssue({ code: "custom", path: ["grade"], message: `为“${row.grade}”，但 ${row.score} 分应评为“${gradeOf(row.score)}”（90 分及以上为优，80–90 分为良，60–80 分为中，60 分以下为差）` });
    }
  });

export interface Problem {
  field: string;
  message: string;
}

/**
 * What is wrong with a disclosure's 绩效自评, each problem naming its row and field
 * (“绩效自评第 2 行（大厅运行经费）“自评得分”：不能超过 100 分”), at the path of the field in the document.
 */
export function selfEvaluationProblems(doc: Pick<DisclosureDocument, "kind" | "performance">): Problem[] {
  const rows: unknown[] = doc.performance.selfEvaluations ?? [];
  if (rows.length && doc.kind !== "final") return [{ field: "performance.selfEvaluations", message: "绩效自评只随部门决算公开，部门预算不填报" }];
  const seen = new Map<string, number>();
  return rows.flatMap((row, i): Problem[] => {
    const at = (key: string) => `performance.selfEvaluations.${i}.${key}`;
    const name = (row as Partial<SelfEvaluation>).projectName?.trim();
    const place = `绩效自评第 ${i + 1} 行${name ? `（${name}）` : ""}`;
    const parsed = selfEvaluationRowSchema.safeParse(row);
    const problems: Problem[] = parsed.success
      ? []
      : parsed.error.issues.map((issue) => {
          const key = String(issue.path[0] ?? "");
          const label = SELF_EVALUATION_LABELS[key as keyof SelfEvaluation];
          return { field: at(key), message: `${place}${label ? `“${label}”` : ""}${issue.message.startsWith("为") ? "" : "："}${issue.message}` };
        });
    const key = (row as Partial<SelfEvaluation>).projectCode?.trim() || name;
    if (key) {
      const first = seen.get(key);
      if (first !== undefined) problems.push({ field: at("projectName"), message: `${place}与第 ${first + 1} 行是同一项目，每个项目只填一行自评` });
      else seen.set(key, i);
    }
    return problems;
  });
}

/** A new 绩效自评 row, for a project of the document or one typed in. */
export const blankSelfEvaluation = (project?: { code?: string | null; name: string; amount?: string | null }): SelfEvaluation => ({
  projectCode: project?.code ?? null,
  projectName: project?.name ?? "",
  budget: project?.amount ?? null,
  actual: null,
  score: null,
  grade: null,
  gaps: null,
});
