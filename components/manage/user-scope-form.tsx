"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm, useWatch } from "react-hook-form";
import type { z } from "zod";
import { updateUserAction } from "@/app/admin/users/actions";
import { ROLE_LABELS, userChangesSchema } from "@/lib/users/schema";
import { FormMessage } from "./form-message";
import { type RoleScope, RoleScopeFields } from "./role-scope-fields";
import { showServerProblems } from "./server-problems";
import { primaryButton } from "./styles";
import { signOutNotice } from "./sign-out-notice";

type Values = z.input<typeof userChangesSchema>;
const FIELDS = ["role", "departments", "districts"] as const;

/** Changes an account's role and scope; a new role signs the user out everywhere. */
export function UserScopeForm({
  email,
  current,
  districts: districtChoices,
  departmentLabels,
}: {
  email: string;
  current: RoleScope;
  districts: { code: string; name: string }[];
  departmentLabels: Record<string, string>;
}) {
  const router = useRouter();
  const [message, setMessage] = useState<{ kind: "error" | "success"; text: string } | null>(null);
  const {
    handleSubmit,
    control,
    setValue,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<Values, unknown, z.output<typeof userChangesSchema>>({ resolver: zodResolver(userChangesSchema), defaultValues: current });
  const [role, departments, districts] = useWatch({ control, name: ["role", "departments", "districts"] });
  const scope: RoleScope = { role: role ?? current.role, departments: departments ?? [], districts: districts ?? [] };
  const setScope = (next: RoleScope) => {
    setValue("role", next.role);
    setValue("departments", next.departments);
    setValue("districts", next.districts);
  };

  const onSubmit = async (values: z.output<typeof userChangesSchema>) => {
    setMessage(null);
    const result = await updateUserAction({ email, changes: { role: values.role, departments: values.departments, districts: values.districts } });
    if (!result.ok) {
      setMessage({ kind: "error", text: showServerProblems(result, FIELDS, setError) });
      return;
    }
    setMessage({ kind: "success", text: `角色与权限范围已保存。${signOutNotice(result.data.revokedSessions)}` });
    router.refresh();
  };

  const roleChanges = scope.role !== current.role;
  return (
    <form onSubmit={handleSubmit(onSubmit)} noValidate className="space-y-4" aria-labelledby="scope-heading">
      <RoleScopeFields
        value={scope}
        onChange={setScope}
        errors={{ role: errors.role?.message, departments: errors.departments?.message, districts: errors.districts?.message }}
        districts={districtChoices}
        departmentLabels={departmentLabels}
      />
      {roleChanges ? (
        <p className="rounded border border-amber-400 bg-amber-50 px-3 py-2 text-amber-950">
          更改角色后，该用户在所有设备上的登录会立即失效，须以新角色重新登录。
        </p>
      ) : null}
      <FormMessage message={message} />
      <button type="submit" disabled={isSubmitting} className={primaryButton}>
        {isSubmitting ? "正在保存…" : roleChanges ? `改为${ROLE_LABELS[scope.role]}并保存` : "保存权限范围"}
      </button>
    </form>
  );
}
