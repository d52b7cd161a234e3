"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useEffect } from "react";
import { type Control, Controller, type FieldErrors, type UseFormRegister, type UseFormSetValue, useFieldArray, useForm, useWatch } from "react-hook-form";
import { hasMark, OVERALL_MARK, projectMark, type ReviewMark, targetMark } from "@/lib/disclosure/carry-over";
import type { Project, ProjectTarget, SourceUnit } from "@/lib/disclosure/schema";
import { AmountCell } from "./amount-cell";
import { showAmount } from "./amount-format";
import { anchorKey } from "./anchors";
import { IndicatorRows } from "./indicator-rows";
import { blankIndicator, emptyAsNull, performanceFormSchema, type PerformanceValues } from "./performance-values";
import { MARK_NOTES, markButton, PendingMark } from "./review-mark";

const input = "mt-1 w-full rounded border border-stone-300 px-2 py-1 aria-[invalid=true]:border-red-600";

interface Props {
  initial: PerformanceValues;
  unit: SourceUnit;
  /** the carried-over parts still waiting for the contact */
  marks: readonly ReviewMark[];
  onConfirm: (mark: ReviewMark) => void;
  onChange: (values: PerformanceValues) => void;
}

/** Whether a target is the one of a project: by its code when it has one, else by its name. */
const isTargetOf = (project: Project, target: Pick<ProjectTarget, "projectCode" | "projectName">) =>
  project.code ? target.projectCode === project.code : !!project.name && target.projectName === project.name;

const newTarget = (project: Project | null): ProjectTarget => ({
  projectCode: project?.code ?? null,
  projectName: project?.name ?? "",
  amount: project?.amount ?? null,
  overview: null,
  basis: null,
  goal: null,
  indicators: [blankIndicator()],
});

/** 项目 and 绩效目标 (overall and per project), one react-hook-form on the shared schemas. */
export function PerformanceForm({ initial, unit, marks, onConfirm, onChange }: Props) {
  const { control, register, subscribe, setValue, formState } = useForm<PerformanceValues>({
    resolver: zodResolver(performanceFormSchema),
    defaultValues: initial,
    mode: "onChange",
  });
  // a copy: the form keeps mutating the object it reports
  useEffect(() => subscribe({ formState: { values: true }, callback: ({ values }) => onChange(structuredClone(values)) }), [subscribe, onChange]);
  const [overall, projectValues, targetValues] = useWatch({ control, name: ["overall", "projects", "targets"] });
  const projects = useFieldArray({ control, name: "projects" });
  const targetFields = useFieldArray({ control, name: "targets" });
  const errors = formState.errors;
  const untargeted = projectValues.filter((p) => p.name && !targetValues.some((t) => isTargetOf(p, t)));

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
                const target = targetValues.findIndex((t) => isTargetOf(project, t));
                const mark = projectMark(project);
                // the target keeps following its project (matched as the project was before this change)
                const follow = (key: "projectCode" | "projectName" | "amount", value: string | null) => {
                  if (target >= 0) setValue(`targets.${target}.${key}`, value, { shouldDirty: true });
                };
                return (
                  <tr key={field.id} data-anchor={anchorKey({ table: "projects", row: project.code || project.name })} tabIndex={-1} className="border-t border-stone-200 align-top data-[highlight=true]:bg-amber-100">
                    <td className="p-1">
                      <input
                        aria-label={label("编码")}
                        className={input}
                        {...register(`projects.${i}.code`, { setValueAs: emptyAsNull, onChange: (e: { target: { value: string } }) => follow("projectCode", e.target.value || null) })}
                      />
                    </td>
                    <td className="p-1">
                      <input
                        aria-label={label("名称")}
                        aria-invalid={!!errors.projects?.[i]?.name}
                        className={`${input} min-w-48`}
                        {...register(`projects.${i}.name`, { onChange: (e: { target: { value: string } }) => follow("projectName", e.target.value) })}
                      />
                      <FieldError message={errors.projects?.[i]?.name?.message} />
                      {hasMark(marks, mark) ? (
                        <PendingMark note={MARK_NOTES.project}>
                          <button type="button" onClick={() => onConfirm(mark)} aria-label={`确认沿用${label("")}`} className={markButton}>确认沿用</button>
                        </PendingMark>
                      ) : null}
                    </td>
                    <td className="p-1">
                      <Controller
                        control={control}
                        name={`projects.${i}.amount`}
                        render={({ field: f }) => (
                          <AmountCell
                            value={f.value}
                            unit={unit}
                            label={label("金额")}
                            onChange={(yuan) => {
                              f.onChange(yuan);
                              follow("amount", yuan);
                            }}
                          />
                        )}
                      />
                    </td>
                    <td className="p-1"><input aria-label={label("类别")} className={input} {...register(`projects.${i}.category`, { setValueAs: emptyAsNull })} /></td>
                    <td className="p-1"><input aria-label={label("功能科目编码")} className={input} {...register(`projects.${i}.functionCode`, { setValueAs: emptyAsNull })} /></td>
                    <td className="p-1 whitespace-nowrap">
                      {target >= 0 || !project.name ? null : (
                        <button type="button" onClick={() => targetFields.append(newTarget(project))} className="rounded px-2 py-1 text-sky-900 hover:bg-sky-50">
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
            {hasMark(marks, OVERALL_MARK) ? (
              <PendingMark note={MARK_NOTES.overall}>
                <button type="button" onClick={() => onConfirm(OVERALL_MARK)} aria-label="确认沿用部门整体绩效目标" className={markButton}>确认沿用</button>
                <button type="button" onClick={() => setValue("overall", null, { shouldDirty: true })} aria-label="删除部门整体绩效目标" className={markButton}>删除</button>
              </PendingMark>
            ) : null}
            <label className="block text-sm">
              整体绩效目标
              <textarea rows={4} className={input} {...register("overall.goal")} />
            </label>
            <IndicatorRows control={control} register={register} setValue={setValue} name="overall.indicators" owner="整体绩效目标" />
          </div>
        ) : (
          <button type="button" onClick={() => setValue("overall", { goal: "", indicators: [blankIndicator()] }, { shouldDirty: true })} className="rounded border border-stone-400 px-2 py-1 text-sm hover:bg-stone-100">
            填写部门整体绩效目标
          </button>
        )}
      </section>

      <section aria-labelledby="targets-heading" data-anchor="table:performance" tabIndex={-1} className="space-y-4 data-[highlight=true]:ring-4 data-[highlight=true]:ring-amber-400">
        <h3 id="targets-heading" className="text-lg font-semibold">项目绩效目标</h3>
        {targetFields.fields.map((field, i) => (
          <ProjectTargetFields
            key={field.id}
            index={i}
            control={control}
            register={register}
            setValue={setValue}
            errors={errors}
            unit={unit}
            projects={projectValues}
            marked={hasMark(marks, targetMark(targetValues[i] ?? newTarget(null)))}
            onConfirm={() => onConfirm(targetMark(targetValues[i]!))}
            onRemove={() => targetFields.remove(i)}
          />
        ))}
        {untargeted.length ? (
          <button type="button" onClick={() => targetFields.append(newTarget(null))} className="rounded border border-stone-400 px-2 py-1 text-sm hover:bg-stone-100">
            添加项目绩效目标
          </button>
        ) : (
          <p className="text-sm text-stone-700">项目清单中的每个项目都已有绩效目标；新增项目后可为其建立绩效目标。</p>
        )}
      </section>
    </div>
  );
}

interface TargetProps {
  index: number;
  control: Control<PerformanceValues>;
  register: UseFormRegister<PerformanceValues>;
  setValue: UseFormSetValue<PerformanceValues>;
  errors: FieldErrors<PerformanceValues>;
  unit: SourceUnit;
  projects: Project[];
  marked: boolean;
  onConfirm: () => void;
  onRemove: () => void;
}

/** One project's target: its project picked from the list (code, name and amount are the project's), its texts and indicators. */
function ProjectTargetFields({ index, control, register, setValue, errors, unit, projects, marked, onConfirm, onRemove }: TargetProps) {
  const target = useWatch({ control, name: `targets.${index}` });
  const others = useWatch({ control, name: "targets" }).filter((_, i) => i !== index);
  const { projectCode, projectName, amount } = target;
  const owner = `项目“${projectName || index + 1}”`;
  const chosen = projects.findIndex((p) => isTargetOf(p, target));
  const offered = projects.map((p, i) => ({ p, i })).filter(({ p, i }) => i === chosen || (p.name && !others.some((t) => isTargetOf(p, t))));
  const pick = (i: number) => {
    const p = projects[i];
    if (!p) return;
    setValue(`targets.${index}.projectCode`, p.code ?? null, { shouldDirty: true });
    setValue(`targets.${index}.projectName`, p.name, { shouldDirty: true });
    setValue(`targets.${index}.amount`, p.amount, { shouldDirty: true });
  };
  return (
    <fieldset data-anchor={anchorKey({ table: "performance", row: projectCode || projectName })} tabIndex={-1} className="min-w-0 rounded border border-stone-300 p-3 data-[highlight=true]:ring-4 data-[highlight=true]:ring-amber-400">
      <legend className="px-1 font-medium">{owner}绩效目标</legend>
      {marked ? (
        <PendingMark note={MARK_NOTES.target}>
          <button type="button" onClick={onConfirm} aria-label={`确认沿用${owner}绩效目标`} className={markButton}>确认沿用</button>
          <button type="button" onClick={onRemove} aria-label={`删除${owner}绩效目标`} className={markButton}>删除</button>
        </PendingMark>
      ) : null}
      <div className="grid gap-2 sm:grid-cols-3">
        <label className="text-sm sm:col-span-2">
          项目（从项目清单中选择）
          <select
            className={input}
            aria-invalid={!!errors.targets?.[index]?.projectName || chosen < 0}
            value={chosen >= 0 ? String(chosen) : ""}
            onChange={(e) => pick(Number(e.target.value))}
          >
            <option value="" disabled>
              {projectName ? `${projectName}（不在项目清单中）` : "请选择项目"}
            </option>
            {offered.map(({ p, i }) => (
              <option key={i} value={String(i)}>{[p.code, p.name].filter(Boolean).join(" ")}</option>
            ))}
          </select>
        </label>
        <div className="text-sm">
          项目金额（{unit}）
          <p className="mt-1 px-2 py-1 tabular-nums">{amount === null ? "未填" : showAmount(amount, unit)}</p>
        </div>
      </div>
      {(["overview", "basis", "goal"] as const).map((key) => (
        <label key={key} className="mt-2 block text-sm">
          {{ overview: "项目概述", basis: "立项依据", goal: "项目绩效目标" }[key]}
          <textarea rows={2} className={input} {...register(`targets.${index}.${key}`, { setValueAs: emptyAsNull })} />
        </label>
      ))}
      <div className="mt-2">
        <IndicatorRows control={control} register={register} setValue={setValue} name={`targets.${index}.indicators`} owner={owner} />
      </div>
      {marked ? null : (
        <button type="button" onClick={onRemove} className="mt-2 rounded border border-red-300 px-2 py-1 text-sm text-red-800 hover:bg-red-50">删除此项目绩效目标</button>
      )}
    </fieldset>
  );
}

function FieldError({ message }: { message?: string }) {
  return message ? <p className="text-xs text-red-700">{message}</p> : null;
}
