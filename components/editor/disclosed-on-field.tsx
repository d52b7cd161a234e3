"use client";

import { inputClass } from "@/components/manage/styles";
import { dayInBeijing, disclosedOnProblem } from "@/lib/disclosure/publication-date";

/** 部门公开日期: the day the department published the document itself, where it did. */
export function DisclosedOnField({ value, year, onChange }: { value: string; year: number; onChange: (value: string) => void }) {
  const problem = value ? disclosedOnProblem({ value, year, now: new Date() }) : null;
  return (
    <div className="max-w-xs">
      <label htmlFor="disclosed-on" className="block font-medium">部门公开日期（可不填）</label>
      <input
        id="disclosed-on"
        type="date"
        value={value}
        min={`${year - 1}-01-01`}
        max={dayInBeijing(new Date())}
        onChange={(e) => onChange(e.target.value)}
        aria-invalid={!!problem}
        aria-describedby={problem ? "disclosed-on-hint disclosed-on-error" : "disclosed-on-hint"}
        className={inputClass}
      />
      <p id="disclosed-on-hint" className="mt-1 text-sm text-stone-600">部门自行公开本文件的日期；不填时，公众看到的是本平台的发布日期。</p>
      {problem ? (
        <p id="disclosed-on-error" className="mt-1 text-sm text-red-700">
          {problem}
        </p>
      ) : null}
    </div>
  );
}
