"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm, useWatch } from "react-hook-form";
import type { z } from "zod";
import { createUserAction } from "@/app/admin/users/actions";
import { newUserSchema } from "@/lib/users/schema";
import { Field } from "./field";
import { FormMessage } from "./form-message";
import { type RoleScope, RoleScopeFields } from "./role-scope-fields";
import { showServerProblems } from "./server-problems";
import { inputClass, primaryButton } from "./styles";

type Values = z.input<typeof newUserSchema>;
const FIELDS = ["email", "name", "role", "departments", "districts", "password"] as const;

/** A new account: who, which role, which departments or districts, and a first password. */
export function UserCreateForm({ districts: districtChoices }: { districts: { code: string; name: string }[] }) {
  const router = useRouter();
  const [failure, setFailure] = useState<string | null>(null);
  const {
    register,
    handleSubmit,
    control,
    setValue,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<Values, unknown, z.output<typeof newUserSchema>>({
    resolver: zodResolver(newUserSchema),
    defaultValues: { email: "", name: "", role: "editor", departments: [], districts: [], password: "" },
  });
  const [role, departments, districts] = useWatch({ control, name: ["role", "departments", "districts"] });
  const scope: RoleScope = { role, departments: departments ?? [], districts: districts ?? [] };
  const setScope = (next: RoleScope) => {
    setValue("role", next.role);
    setValue("departments", next.departments, { shouldValidate: !!errors.departments });
    setValue("districts", next.districts, { shouldValidate: !!errors.districts });
  };

  const onSubmit = async (values: z.output<typeof newUserSchema>) => {
    setFailure(null);
    const result = await createUserAction(values);
    if (result.ok) {
      router.push(`/admin/users/${result.data.id}?created=1`);
      return;
    }
    setFailure(showServerProblems(result, FIELDS, setError));
  };

  return (
    <form onSubmit={handleSubmit(onSubmit)} noValidate className="max-w-2xl space-y-4">
      <FormMessage message={failure ? { kind: "error", text: failure } : null} />
      <Field id="email" label="邮箱（登录名）" error={errors.email?.message}>
        {(p) => <input {...p} type="email" autoComplete="off" className={inputClass} {...register("email")} />}
      </Field>
      <Field id="name" label="姓名" error={errors.name?.message}>
        {(p) => <input {...p} autoComplete="off" className={inputClass} {...register("name")} />}
      </Field>
      <RoleScopeFields
        value={scope}
        onChange={setScope}
        errors={{ role: errors.role?.message, departments: errors.departments?.message, districts: errors.districts?.message }}
        districts={districtChoices}
        departmentLabels={{}}
      />
      <Field id="password" label="初始密码" hint="至少 8 位，含大写字母、小写字母、数字、符号中的 3 类。请通过安全渠道告知本人，并请其尽快修改。" error={errors.password?.message}>
        {(p) => <input {...p} type="password" autoComplete="new-password" className={inputClass} {...register("password")} />}
      </Field>
      <button type="submit" disabled={isSubmitting} className={primaryButton}>
        {isSubmitting ? "正在创建…" : "创建用户"}
      </button>
    </form>
  );
}
