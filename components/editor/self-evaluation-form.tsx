"use client";

import { useId } from "react";
import type { Project, SelfEvaluation, SourceUnit } from "@/lib/disclosure/schema";
import { SELF_EVALUATION_LABELS } from "@/lib/disclosure/labels";
import { blankSelfEvaluation, GRADES, gradeOf, isScore, type Problem } from "@/lib/disclosure/self-evaluations";
import { AmountCell } from "./amount-cell";
import { anchorKey } from "./anchors";

const input = "mt-1 w-full rounded border border-stone-300 px-2 py-1 aria-[invalid=true]:border-red-600 aria-[invalid=true]:bg-red-50";

interface Props {
  evaluations: SelfEvaluation[];
  /** the document's projects, offered when a project is named */
  projects: Pick<Project, "code" | "name" | "amount">[];
  unit: SourceUnit;
  /** what selfEvaluationProblems finds, by the field's path */
  problems: Problem[];
  onChange: (evaluations: SelfEvaluation[]) => void;
}

/**
 * 绩效自评 of a 部门决算: one card per project — the project picked from the document's projects or
 * typed, its 年初预算数 and 全年执行数, 自评得分 (the 等级 follows it), 偏差原因及改进措施.
 */
export function SelfEvaluationForm({ evaluations, projects, unit, problems, onChange }: Props) {
  const listId = useId();
  const known = projects.filter((p) => p.name);
  const set = (index: number, change: Partial<SelfEvaluation>) => onChange(evaluations.map((e, i) => (i === index ? { ...e, ...change } : e)));
  const problemAt = (index: number, key: keyof SelfEvaluation) => problems.find((p) => p.field === `performance.selfEvaluations.${index}.${key}`)?.message;

  const name = (index: number, text: string) => {
    const project = known.find((p) => p.name === text.trim());
    const row = evaluations[index]!;
    // a project of the document brings its code and, when none is typed yet, its amount as the 年初预算数
    set(index, project ? { projectName: text, projectCode: project.code ?? null, budget: row.budget ?? project.amount ?? null } : { projectName: text });
  };
  const score = (index: number, text: string) => {
    const value = text.trim() || null;
    set(index, { score: value, ...(value && isScore(value) ? { grade: gradeOf(value) } : {}) });
  };

  return (
    <section aria-labelledby="self-evaluations-heading" data-anchor={anchorKey({ table: "selfEvaluations" })} tabIndex={-1} className="space-y-3 data-[highlight=true]:ring-4 data-[highlight=true]:ring-amber-400">
      <h3 id="self-evaluations-heading" className="text-lg font-semibold">项目支出绩效自评</h3>
      <p className="text-sm text-stone-700">
        每个开展绩效自评的项目填一行。项目可从项目清单中选择，也可直接输入；填写自评得分后自评等级随之给出（90 分及以上为优，80–90 分为良，60–80 分为中，60 分以下为差）。金额单位：{unit}。
      </p>
      <datalist id={listId}>
        {known.map((p, i) => (
          <option key={i} value={p.name}>{p.code ?? ""}</option>
        ))}
      </datalist>
      {evaluations.map((row, index) => {
        const owner = `第 ${index + 1} 个绩效自评`;
        const field = (key: keyof SelfEvaluation) => {
          const message = problemAt(index, key);
          const id = `self-evaluation-${index}-${key}-problem`;
          return { message, id, attrs: { "aria-invalid": message ? true : undefined, "aria-describedby": message ? id : undefined } };
        };
        const projectName = field("projectName");
        const scoreField = field("score");
        const grade = field("grade");
        return (
          <fieldset key={index} data-anchor={anchorKey({ table: "selfEvaluations", row: row.projectCode || row.projectName })} tabIndex={-1} className="min-w-0 rounded border border-stone-300 bg-white p-3 data-[highlight=true]:ring-4 data-[highlight=true]:ring-amber-400">
            <legend className="px-1 font-medium">{row.projectName ? `绩效自评：${row.projectName}` : owner}</legend>
            <div className="grid gap-2 sm:grid-cols-2 lg:grid-cols-6">
              <label className="text-sm lg:col-span-3">
                {SELF_EVALUATION_LABELS.projectName}
                <input list={listId} value={row.projectName} onChange={(e) => name(index, e.target.value)} aria-label={`${owner}${SELF_EVALUATION_LABELS.projectName}`} className={input} {...projectName.attrs} />
                <FieldProblem {...projectName} />
              </label>
              <label className="text-sm lg:col-span-3">
                {SELF_EVALUATION_LABELS.projectCode}
                <input value={row.projectCode ?? ""} onChange={(e) => set(index, { projectCode: e.target.value.trim() || null })} aria-label={`${owner}${SELF_EVALUATION_LABELS.projectCode}`} className={input} />
              </label>
              {(["budget", "actual"] as const).map((key) => (
                <div key={key} className="text-sm lg:col-span-2">
                  <span aria-hidden="true">{SELF_EVALUATION_LABELS[key]}（{unit}）</span>
                  <div className="mt-1">
                    <AmountCell value={row[key] ?? null} unit={unit} label={`${owner}${SELF_EVALUATION_LABELS[key]}`} onChange={(v) => set(index, { [key]: v })} />
                  </div>
                </div>
              ))}
              <label className="text-sm">
                {SELF_EVALUATION_LABELS.score}
                <input inputMode="decimal" value={row.score ?? ""} onChange={(e) => score(index, e.target.value)} aria-label={`${owner}${SELF_EVALUATION_LABELS.score}`} className={`${input} text-right tabular-nums`} {...scoreField.attrs} />
              </label>
              <label className="text-sm">
                {SELF_EVALUATION_LABELS.grade}
                <select value={row.grade ?? ""} onChange={(e) => set(index, { grade: (e.target.value || null) as SelfEvaluation["grade"] })} aria-label={`${owner}${SELF_EVALUATION_LABELS.grade}`} className={input} {...grade.attrs}>
                  <option value="">未填</option>
                  {GRADES.map((g) => (
                    <option key={g} value={g}>{g}</option>
                  ))}
                </select>
              </label>
              <div className="sm:col-span-2 lg:col-span-6">
                <FieldProblem {...scoreField} />
                <FieldProblem {...grade} />
              </div>
              <label className="text-sm sm:col-span-2 lg:col-span-6">
                {SELF_EVALUATION_LABELS.gaps}
                <textarea rows={2} value={row.gaps ?? ""} onChange={(e) => set(index, { gaps: e.target.value || null })} aria-label={`${owner}${SELF_EVALUATION_LABELS.gaps}`} className={input} />
              </label>
            </div>
            <button type="button" onClick={() => onChange(evaluations.filter((_, i) => i !== index))} className="mt-2 rounded border border-red-300 px-2 py-1 text-sm text-red-800 hover:bg-red-50">
              删除此绩效自评
            </button>
          </fieldset>
        );
      })}
      <button type="button" onClick={() => onChange([...evaluations, blankSelfEvaluation()])} className="rounded border border-stone-400 px-2 py-1 text-sm hover:bg-stone-100">
        添加绩效自评
      </button>
    </section>
  );
}

function FieldProblem({ message, id }: { message?: string; id: string }) {
  return message ? (
    <p id={id} className="mt-0.5 text-xs text-red-700">
      {message}
    </p>
  ) : null;
}
