"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { createTokenAction } from "@/app/admin/tokens/actions";
import { type NewTokenInput, newTokenSchema } from "@/lib/tokens/schema";
import { Field } from "./field";
import { FormMessage } from "./form-message";
import { showServerProblems } from "./server-problems";
import { inputClass, primaryButton } from "./styles";
import { TokenSecret } from "./token-secret";

/** Creates a token for a user; the token is shown here once and never again. */
export function TokenCreateForm({ userEmails }: { userEmails: string[] }) {
  const router = useRouter();
  const [failure, setFailure] = useState<string | null>(null);
  const [created, setCreated] = useState<{ token: string; name: string; userEmail: string } | null>(null);
  const {
    register,
    handleSubmit,
    reset,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<NewTokenInput>({ resolver: zodResolver(newTokenSchema), defaultValues: { userEmail: "", name: "" } });

  const onSubmit = async (values: NewTokenInput) => {
    setFailure(null);
    setCreated(null);
    const result = await createTokenAction(values);
    if (!result.ok) {
      setFailure(showServerProblems(result, ["userEmail", "name"], setError));
      return;
    }
    setCreated({ token: result.data.token, ...values });
    reset();
    router.refresh();
  };

  return (
    <div className="space-y-4">
      {created ? <TokenSecret {...created} onDone={() => setCreated(null)} /> : null}
      <form onSubmit={handleSubmit(onSubmit)} noValidate className="grid gap-3 sm:grid-cols-[1fr_1fr_auto] sm:items-start">
        <Field id="userEmail" label="所属用户邮箱" hint="令牌以该用户的角色和权限范围操作。" error={errors.userEmail?.message}>
          {(p) => <input {...p} type="email" list="token-user-emails" autoComplete="off" className={inputClass} {...register("userEmail")} />}
        </Field>
        <datalist id="token-user-emails">
          {userEmails.map((e) => (
            <option key={e} value={e} />
          ))}
        </datalist>
        <Field id="tokenName" label="令牌名称" hint="写明用途，例如“财政一体化系统同步”。" error={errors.name?.message}>
          {(p) => <input {...p} autoComplete="off" className={inputClass} {...register("name")} />}
        </Field>
        <button type="submit" disabled={isSubmitting} className={`${primaryButton} sm:mt-7`}>
          {isSubmitting ? "正在创建…" : "创建令牌"}
        </button>
        <div className="sm:col-span-3">
          <FormMessage message={failure ? { kind: "error", text: failure } : null} />
        </div>
      </form>
    </div>
  );
}
