"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { newDisclosureAction } from "@/app/admin/disclosures/actions";
import { newForYearSchema } from "@/lib/disclosure/new-for-year-schema";

type Values = z.input<typeof newForYearSchema>;

/** "New disclosure for YEAR": empty, or carried over from last year's published one. */
export function NewDisclosureForm({ departments, defaultYear }: { departments: { key: string; name: string }[]; defaultYear: number }) {
  const router = useRouter();
  const [error, setError] = useState<{ text: string; existingId?: string } | null>(null);
  const { register, handleSubmit, formState } = useForm<Values>({
    resolver: zodResolver(newForYearSchema),
    defaultValues: { department: departments[0]?.key ?? "", year: defaultYear, kind: "budget", from: "previous", sourceUnit: "万元" },
  });
  const onSubmit = async (values: Values) => {
    setError(null);
    const result = await newDisclosureAction(values);
    if (result.ok) router.push(`/admin/disclosures/${result.data.id}`);
    else setError({ text: result.error, existingId: typeof result.details?.existingId === "string" ? result.details.existingId : undefined });
  };
  const field = "mt-1 block w-full rounded border border-stone-400 bg-white px-2 py-1.5";
  return (
    <form onSubmit={handleSubmit(onSubmit)} className="grid gap-3 rounded border border-stone-200 bg-white p-4 sm:grid-cols-5 sm:items-end" aria-labelledby="new-heading">
      <h2 id="new-heading" className="text-lg font-semibold sm:col-span-5">新建公开文件</h2>
      {error ? (
        <p role="alert" className="rounded border border-red-300 bg-red-50 px-3 py-2 text-red-800 sm:col-span-5">
          {error.text}
          {error.existingId ? <> <Link href={`/admin/disclosures/${error.existingId}`} className="font-medium underline">打开该草稿</Link></> : null}
        </p>
      ) : null}
      <label className="sm:col-span-2">
        部门
        <select className={field} {...register("department")}>
          {departments.map((d) => (
            <option key={d.key} value={d.key}>{d.name}（{d.key}）</option>
          ))}
        </select>
      </label>
      <label>
        年度
        <input type="number" inputMode="numeric" className={field} aria-invalid={!!formState.errors.year} {...register("year")} />
        {formState.errors.year ? <span className="text-sm text-red-700">{formState.errors.year.message}</span> : null}
      </label>
      <label>
        类型
        <select className={field} {...register("kind")}>
          <option value="budget">部门预算</option>
          <option value="final">部门决算</option>
        </select>
      </label>
      <label>
        内容
        <select className={field} {...register("from")}>
          <option value="previous">沿用上年已公开文件</option>
          <option value="empty">空白</option>
        </select>
      </label>
      <button type="submit" disabled={formState.isSubmitting} className="rounded bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-800 disabled:opacity-60 sm:col-span-5 sm:justify-self-start">
        {formState.isSubmitting ? "正在新建…" : "新建"}
      </button>
    </form>
  );
}
