"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useEffect } from "react";
import { type Control, Controller, type FieldErrors, type UseFormRegister, useFieldArray, useForm, useWatch } from "react-hook-form";
import type { SourceUnit } from "@/lib/disclosure/schema";
import { AmountCell } from "./amount-cell";
import { anchorKey } from "./anchors";
import { IndicatorRows } from "./indicator-rows";
import { blankIndicator, emptyAsNull, performanceFormSchema, type PerformanceValues } from "./performance-values";

const input = "mt-1 w-full rounded border border-stone-300 px-2 py-1 aria-[invalid=true]:border-red-600";

interface Props {
  initial: PerformanceValues;
  unit: SourceUnit;
  onChange: (values: PerformanceValues) => void;
}

/** 项目 and 绩效目标 (overall and per project), one react-hook-form on the shared schemas. */
export function PerformanceForm({ initial, unit, onChange }: Props) {
  const { control, register, subscribe, setValue, formState } = useForm<PerformanceValues>({
    resolver: zodResolver(performanceFormSchema),
    defaultValues: initial,
    mode: "onChange",
  });
  // a copy: the form keeps mutating the object it reports
  useEffect(() => subscribe({ formState: { values: true }, callback: ({ values }) => onChange(structuredClone(values)) }), [subscribe, onChange]);
  const [overall, projectValues, targetValues] = useWatch({ control, name: ["overall", "projects", "targets"] });
  const projects = useFieldArray({ control, name: "projects" });
  const targets = useFieldArray({ control, name: "targets" });
  const errors = formState.errors;

  return (
    <div className="space-y-6">
      <section aria-labelledby="projects-heading" data-anchor="table:projects" tabIndex={-1}>
        <h3 id="projects-heading" className="text-lg font-semibold">项目支出（项目清单）</h3>
        <div className="relative overflow-x-auto">
          <table className="min-w-full text-sm">
            <thead>
              <tr className="bg-stone-100 text-left">
                {["项目编码", "项目名称", `金额（${unit}）`, "项目类别", "功能科目编码"].map((h) => (
                  <th key={h} scope="col" className="px-1 py-1">{h}</th>
                ))}
                <th scope="col"><span className="sr-only">操作</span></th>
              </tr>
            </thead>
            <tbody>
              {projects.fields.map((field, i) => {
                const label = (what: string) => `第 ${i + 1} 个项目${what}`;
                const project = projectValues[i] ?? { name: "", amount: null };
                const hasTarget = targetValues.some((t) => (project.code && t.projectCode === project.code) || t.projectName === project.name);
                return (
                  <tr key={field.id} data-anchor={anchorKey({ table: "projects", row: project.code || project.name })} tabIndex={-1} className="border-t border-stone-200 align-top data-[highlight=true]:bg-amber-100">
                    <td className="p-1"><input aria-label={label("编码")} className={input} {...register(`projects.${i}.code`, { setValueAs: emptyAsNull })} /></td>
                    <td className="p-1">
                      <input aria-label={label("名称")} aria-invalid={!!errors.projects?.[i]?.name} className={`${input} min-w-48`} {...register(`projects.${i}.name`)} />
                      <FieldError message={errors.projects?.[i]?.name?.message} />
                    </td>
                    <td className="p-1">
                      <Controller control={control} name={`projects.${i}.amount`} render={({ field: f }) => <AmountCell value={f.value} unit={unit} label={label("金额")} onChange={f.onChange} />} />
                    </td>
                    <td className="p-1"><input aria-label={label("类别")} className={input} {...register(`projects.${i}.category`, { setValueAs: emptyAsNull })} /></td>
                    <td className="p-1"><input aria-label={label("功能科目编码")} className={input} {...register(`projects.${i}.functionCode`, { setValueAs: emptyAsNull })} /></td>
                    <td className="p-1 whitespace-nowrap">
                      {hasTarget ? null : (
                        <button
                          type="button"
                          onClick={() => targets.append({ projectCode: project.code ?? null, projectName: project.name, amount: project.amount, overview: null, basis: null, goal: null, indicators: [blankIndicator()] })}
                          className="rounded px-2 py-1 text-sky-900 hover:bg-sky-50"
                        >
                          建立绩效目标
                        </button>
                      )}
                      <button type="button" onClick={() => projects.remove(i)} aria-label={label("删除")} className="rounded px-2 py-1 text-red-800 hover:bg-red-50">删除</button>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
        <button
          type="button"
          onClick={() => projects.append({ code: null, name: "", amount: null, category: "一般性项目", functionCode: null })}
          className="mt-2 rounded border border-stone-400 px-2 py-1 text-sm hover:bg-stone-100"
        >
          添加项目
        </button>
      </section>

      <section aria-labelledby="overall-heading" data-anchor={anchorKey({ table: "performance", row: "overall" })} tabIndex={-1} className="data-[highlight=true]:ring-4 data-[highlight=true]:ring-amber-400">
        <h3 id="overall-heading" className="text-lg font-semibold">部门整体绩效目标</h3>
        {overall ? (
          <div className="space-y-2">
            <label className="block text-sm">
              整体绩效目标
              <textarea rows={4} className={input} {...register("overall.goal")} />
            </label>
            <IndicatorRows control={control} register={register} name="overall.indicators" owner="整体绩效目标" />
          </div>
        ) : (
          <button type="button" onClick={() => setValue("overall", { goal: "", indicators: [blankIndicator()] }, { shouldDirty: true })} className="rounded border border-stone-400 px-2 py-1 text-sm hover:bg-stone-100">
            填写部门整体绩效目标
          </button>
        )}
      </section>

      <section aria-labelledby="targets-heading" data-anchor="table:performance" tabIndex={-1} className="space-y-4 data-[highlight=true]:ring-4 data-[highlight=true]:ring-amber-400">
        <h3 id="targets-heading" className="text-lg font-semibold">项目绩效目标</h3>
        {targets.fields.map((field, i) => (
          <ProjectTargetFields key={field.id} index={i} control={control} register={register} errors={errors} unit={unit} onRemove={() => targets.remove(i)} />
        ))}
        <button
          type="button"
          onClick={() => targets.append({ projectCode: null, projectName: "", amount: null, overview: null, basis: null, goal: null, indicators: [blankIndicator()] })}
          className="rounded border border-stone-400 px-2 py-1 text-sm hover:bg-stone-100"
        >
          添加项目绩效目标
        </button>
      </section>
    </div>
  );
}

function ProjectTargetFields({ index, control, register, errors, unit, onRemove }: { index: number; control: Control<PerformanceValues>; register: UseFormRegister<PerformanceValues>; errors: FieldErrors<PerformanceValues>; unit: SourceUnit; onRemove: () => void }) {
  const { projectCode, projectName } = useWatch({ control, name: `targets.${index}` });
  const owner = `项目“${projectName || index + 1}”`;
  return (
    <fieldset data-anchor={anchorKey({ table: "performance", row: projectCode || projectName })} tabIndex={-1} className="min-w-0 rounded border border-stone-300 p-3 data-[highlight=true]:ring-4 data-[highlight=true]:ring-amber-400">
      <legend className="px-1 font-medium">{owner}绩效目标</legend>
      <div className="grid gap-2 sm:grid-cols-3">
        <label className="text-sm">项目编码<input className={input} {...register(`targets.${index}.projectCode`, { setValueAs: emptyAsNull })} /></label>
        <label className="text-sm">
          项目名称
          <input className={input} aria-invalid={!!errors.targets?.[index]?.projectName} {...register(`targets.${index}.projectName`)} />
        </label>
        <div className="text-sm">
          <span aria-hidden="true">项目金额（{unit}）</span>
          <Controller control={control} name={`targets.${index}.amount`} render={({ field: f }) => <AmountCell value={f.value} unit={unit} label={`${owner}金额`} onChange={f.onChange} />} />
        </div>
      </div>
      {(["overview", "basis", "goal"] as const).map((key) => (
        <label key={key} className="mt-2 block text-sm">
          {{ overview: "项目概述", basis: "立项依据", goal: "项目绩效目标" }[key]}
          <textarea rows={2} className={input} {...register(`targets.${index}.${key}`, { setValueAs: emptyAsNull })} />
        </label>
      ))}
      <div className="mt-2">
        <IndicatorRows control={control} register={register} name={`targets.${index}.indicators`} owner={owner} />
      </div>
      <button type="button" onClick={onRemove} className="mt-2 rounded border border-red-300 px-2 py-1 text-sm text-red-800 hover:bg-red-50">删除此项目绩效目标</button>
    </fieldset>
  );
}

function FieldError({ message }: { message?: string }) {
  return message ? <p className="text-xs text-red-700">{message}</p> : null;
}
