import { z } from "zod";

/** A new API token: whose it is and what it is for. */
export const newTokenSchema = z.object({
  userEmail: z.string().trim().toLowerCase().pipe(z.email("请填写令牌所属用户的邮箱")),
  name: z.string().trim().min(1, "请填写令牌名称，例如“财政一体化系统同步”").max(100, "令牌名称至多 100 个字"),
});
export type NewTokenInput = z.infer<typeof newTokenSchema>;
