import { z } from "zod";

/** The sign-in form; the server checks the same fields again in authenticate(). */
export const signInSchema = z.object({
  email: z.string().trim().min(1, "请输入邮箱").pipe(z.email("邮箱格式不正确")),
  password: z.string().min(1, "请输入密码"),
});
export type SignInInput = z.infer<typeof signInSchema>;
