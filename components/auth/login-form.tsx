"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { signIn } from "next-auth/react";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { safeCallback } from "@/lib/auth/safe-callback";
import { type SignInInput, signInSchema } from "@/lib/auth/sign-in-schema";

export function LoginForm({ callbackUrl, messages }: { callbackUrl: string; messages: Record<string, string> }) {
  const router = useRouter();
  const [failure, setFailure] = useState<string | null>(null);
  const {
    register,
    handleSubmit,
    formState: { errors, isSubmitting },
  } = useForm<SignInInput>({ resolver: zodResolver(signInSchema) });

  const onSubmit = async (values: SignInInput) => {
    setFailure(null);
    const result = await signIn("credentials", { ...values, redirect: false });
    if (result?.ok && !result.error) {
      router.replace(safeCallback(callbackUrl, window.location.origin));
      router.refresh();
      return;
    }
    setFailure(messages[result?.error ?? ""] ?? "登录失败，请稍后再试。");
  };

  const field = "mt-1 w-full rounded border border-stone-400 px-3 py-2 aria-[invalid=true]:border-red-600";
  return (
    <form onSubmit={handleSubmit(onSubmit)} noValidate className="space-y-4">
      {failure ? (
        <p role="alert" className="rounded border border-red-300 bg-red-50 px-3 py-2 text-red-800">
          {failure}
        </p>
      ) : null}
      <div>
        <label htmlFor="email" className="block font-medium">邮箱</label>
        <input id="email" type="email" autoComplete="username" aria-invalid={!!errors.email} aria-describedby="email-error" className={field} {...register("email")} />
        {errors.email ? <p id="email-error" className="mt-1 text-sm text-red-700">{errors.email.message}</p> : null}
      </div>
      <div>
        <label htmlFor="password" className="block font-medium">密码</label>
        <input id="password" type="password" autoComplete="current-password" aria-invalid={!!errors.password} aria-describedby="password-error" className={field} {...register("password")} />
        {errors.password ? <p id="password-error" className="mt-1 text-sm text-red-700">{errors.password.message}</p> : null}
      </div>
      <button type="submit" disabled={isSubmitting} className="w-full rounded bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-800 disabled:opacity-60">
        {isSubmitting ? "正在登录…" : "登录"}
      </button>
    </form>
  );
}
