"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { z } from "zod";
import { updateUserAction } from "@/app/admin/users/actions";
import { userChangesSchema } from "@/lib/users/schema";
import { Field } from "./field";
import { FormMessage } from "./form-message";
import { showServerProblems } from "./server-problems";
import { inputClass, primaryButton } from "./styles";
import { signOutNotice } from "./sign-out-notice";

/** The account schema's password, typed twice. */
const resetSchema = userChangesSchema
  .pick({ password: true })
  .required()
  .extend({ confirm: z.string() })
  .refine((v) => v.password.length > 0, { path: ["password"], message: "请填写新密码" })
  .refine((v) => v.password === v.confirm, { path: ["confirm"], message: "两次输入的密码不一致" });
type Values = z.infer<typeof resetSchema>;

/** Sets a new password; the user is signed out everywhere. */
export function UserPasswordForm({ email }: { email: string }) {
  const [message, setMessage] = useState<{ kind: "error" | "success"; text: string } | null>(null);
  const {
    register,
    handleSubmit,
    reset,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<Values>({ resolver: zodResolver(resetSchema), defaultValues: { password: "", confirm: "" } });

  const onSubmit = async ({ password }: Values) => {
    setMessage(null);
    const result = await updateUserAction({ email, changes: { password } });
    if (!result.ok) {
      setMessage({ kind: "error", text: showServerProblems(result, ["password"], setError) });
      return;
    }
    reset();
    setMessage({ kind: "success", text: `密码已重置。${signOutNotice(result.data.revokedSessions)}` });
  };

  return (
    <form onSubmit={handleSubmit(onSubmit)} noValidate className="space-y-4">
      <Field id="new-password" label="新密码" hint="至少 8 位，含大写字母、小写字母、数字、符号中的 3 类。" error={errors.password?.message}>
        {(p) => <input {...p} type="password" autoComplete="new-password" className={inputClass} {...register("password")} />}
      </Field>
      <Field id="confirm-password" label="再次输入新密码" error={errors.confirm?.message}>
        {(p) => <input {...p} type="password" autoComplete="new-password" className={inputClass} {...register("confirm")} />}
      </Field>
      <FormMessage message={message} />
      <button type="submit" disabled={isSubmitting} className={primaryButton}>
        {isSubmitting ? "正在重置…" : "重置密码"}
      </button>
    </form>
  );
}
