"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm, useWatch } from "react-hook-form";
import { createDepartmentAction, updateDepartmentAction } from "@/app/admin/departments/actions";
import { type DepartmentInput, departmentSchema } from "@/lib/departments/schema";
import { useDepartmentOptions } from "./department-options";
import { Field } from "./field";
import { FormMessage } from "./form-message";
import { showServerProblems } from "./server-problems";
import { inputClass, primaryButton } from "./styles";

const FIELDS = ["districtCode", "code", "name", "parentCode", "contactName", "contactPhone"] as const;
const CODE_CHANGE_HINT = "在本区县内唯一。更改编码会改变部门编号（区县代码-部门编码），此后导入文件和接口都按新编号识别本部门。";
const EMPTY: DepartmentInput = { districtCode: "", code: "", name: "", parentCode: "", contactName: "", contactPhone: "" };

/**
 * A department's key (district and code), name, parent within its district and disclosure
 * contact. Editing keeps the district: a department does not move between districts.
 */
export function DepartmentForm({
  districts,
  existing,
  saved,
}: {
  districts: { code: string; name: string }[];
  /** the department being edited; absent for a new one */
  existing?: { id: number; values: DepartmentInput };
  /** the page was reached right after saving */
  saved?: boolean;
}) {
  const router = useRouter();
  const [message, setMessage] = useState<{ kind: "error" | "success"; text: string } | null>(saved ? { kind: "success", text: "部门已保存。" } : null);
  const {
    register,
    handleSubmit,
    control,
    setValue,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<DepartmentInput>({ resolver: zodResolver(departmentSchema), defaultValues: existing?.values ?? EMPTY });
  const districtCode = useWatch({ control, name: "districtCode" });
  const { options, loading } = useDepartmentOptions(districtCode);
  const parents = options.filter((o) => o.id !== existing?.id);
  const districtName = districts.find((d) => d.code === districtCode)?.name;

  const onSubmit = async (values: DepartmentInput) => {
    setMessage(null);
    const result = existing ? await updateDepartmentAction({ id: existing.id, department: values }) : await createDepartmentAction(values);
    if (!result.ok) {
      setMessage({ kind: "error", text: showServerProblems(result, FIELDS, setError) });
      return;
    }
    router.replace(`/admin/departments/${result.data.key}?saved=1`);
    router.refresh();
  };

  return (
    <form onSubmit={handleSubmit(onSubmit)} noValidate className="max-w-2xl space-y-4">
      {existing ? (
        <div>
          <p className="font-medium">区县</p>
          <p className="mt-1">
            {districtName}（{districtCode}）<span className="ml-2 text-sm text-stone-600">部门不能移到其他区县</span>
          </p>
        </div>
      ) : (
        <Field id="districtCode" label="区县" error={errors.districtCode?.message}>
          {(p) => (
            <select {...p} className={inputClass} {...register("districtCode", { onChange: () => setValue("parentCode", "") })}>
              <option value="">请选择区县</option>
              {districts.map((d) => (
                <option key={d.code} value={d.code}>
                  {d.name}（{d.code}）
                </option>
              ))}
            </select>
          )}
        </Field>
      )}
      <Field id="code" label="部门编码" hint={existing ? CODE_CHANGE_HINT : `在本区县内唯一；部门编号为“区县代码-部门编码”，例如 ${districtCode || "500109"}-134。`} error={errors.code?.message}>
        {(p) => <input {...p} inputMode="text" autoComplete="off" className={inputClass} {...register("code")} />}
      </Field>
      <Field id="name" label="部门名称" error={errors.name?.message}>
        {(p) => <input {...p} autoComplete="off" className={inputClass} {...register("name")} />}
      </Field>
      <Field id="parentCode" label="上级部门（可不选）" hint="只能选择同一区县的部门，例如所属单位的主管部门。" error={errors.parentCode?.message}>
        {(p) => (
          // mounted again once the options are there, so that it shows the value the form holds
          <select {...p} key={loading ? "loading" : districtCode} className={inputClass} {...register("parentCode")}>
            <option value="">{loading ? "正在载入本区县的部门…" : "无上级部门"}</option>
            {parents.map((o) => (
              <option key={o.id} value={o.code}>
                {o.code} {o.name}
              </option>
            ))}
          </select>
        )}
      </Field>
      <fieldset className="space-y-4 rounded border border-stone-300 p-3">
        <legend className="px-1 font-medium">部门预算公开联系人</legend>
        <Field id="contactName" label="联系人" error={errors.contactName?.message}>
          {(p) => <input {...p} autoComplete="off" className={inputClass} {...register("contactName")} />}
        </Field>
        <Field id="contactPhone" label="联系电话" hint="例如 023-60301012" error={errors.contactPhone?.message}>
          {(p) => <input {...p} type="tel" autoComplete="off" className={inputClass} {...register("contactPhone")} />}
        </Field>
      </fieldset>
      <FormMessage message={message} />
      <button type="submit" disabled={isSubmitting} className={primaryButton}>
        {isSubmitting ? "正在保存…" : existing ? "保存修改" : "创建部门"}
      </button>
    </form>
  );
}
