import { z } from "zod";
import { departmentKeySchema } from "@/lib/users/schema";

const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "日期格式应为 YYYY-MM-DD").refine((d) => !Number.isNaN(Date.parse(d)), "日期不存在");
/** a position in the log: the entry's time as PostgreSQL prints it, "~", its id */
const cursor = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}(\.\d{1,6})?[+-]\d{2}(:\d{2})?~\d{1,18}$/, "分页位置有误")
  .transform((s) => {
    const [at, id] = s.split("~") as [string, string];
    return { at, id: Number(id) };
  });
const blankToUndefined = (v: unknown) => (v === "" ? undefined : v);

/** The audit page's URL parameters: filters, and where in the log the page starts. */
export const auditQuerySchema = z.object({
  email: z.preprocess(blankToUndefined, z.string().trim().toLowerCase().pipe(z.email("用户邮箱格式不正确")).optional()),
  department: z.preprocess(blankToUndefined, departmentKeySchema.optional()),
  action: z.preprocess(blankToUndefined, z.string().regex(/^[a-z_]+(\.[a-z_]+)+$/, "操作类型有误").optional()),
  from: z.preprocess(blankToUndefined, date.optional()),
  to: z.preprocess(blankToUndefined, date.optional()),
  success: z.preprocess(blankToUndefined, z.enum(["true", "false"], { message: "结果应为成功或失败" }).optional()),
  before: z.preprocess(blankToUndefined, cursor.optional()),
  after: z.preprocess(blankToUndefined, cursor.optional()),
});
export type AuditQuery = z.infer<typeof auditQuerySchema>;

/** The first moment of a day in Beijing time, and of the day after. */
export const startOfDay = (day: string) => new Date(`${day}T00:00:00+08:00`);
export const startOfNextDay = (day: string) => new Date(startOfDay(day).getTime() + 86_400_000);

export const cursorParam = (entry: { atText: string; id: number }) => `${entry.atText}~${entry.id}`;
