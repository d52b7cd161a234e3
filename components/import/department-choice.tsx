"use client";

import { useState } from "react";
import { useDepartmentOptions } from "@/components/manage/department-options";
import { inputClass } from "@/components/manage/styles";
import type { PreviewAssignment } from "@/lib/imports/assign-department";

/** An admin's choice of any department: a district, then one of its departments. */
function AnyDepartment({ districts, value, onChange }: { districts: { code: string; name: string }[]; value: string; onChange: (key: string) => void }) {
  const [districtCode, setDistrictCode] = useState(value.split("-")[0] ?? "");
  const { options, loading, error } = useDepartmentOptions(districtCode);
  const districtName = districts.find((d) => d.code === districtCode)?.name ?? "";
  return (
    <div className="grid gap-2 sm:grid-cols-[1fr_2fr]">
      <label className="block text-sm">
        区县
        <select className={inputClass} value={districtCode} onChange={(e) => { setDistrictCode(e.target.value); onChange(""); }}>
          <option value="">请选择区县</option>
          {districts.map((d) => (
            <option key={d.code} value={d.code}>{d.name}</option>
          ))}
        </select>
      </label>
      <label className="block text-sm">
        部门
        <select className={inputClass} value={value} disabled={!districtCode || loading} onChange={(e) => onChange(e.target.value)}>
          <option value="">{loading ? "正在载入…" : districtCode ? `请选择${districtName}的部门（${options.length}）` : "请先选择区县"}</option>
          {options.map((o) => (
            <option key={o.id} value={`${districtCode}-${o.code}`}>{o.code} {o.name}</option>
          ))}
        </select>
      </label>
      {error ? <p className="text-sm text-red-700 sm:col-span-2">{error}</p> : null}
    </div>
  );
}

/**
 * Which department the imported document goes under: the one the file names, or — where the
 * file names none — one the editor chooses among their own (an admin: any department).
 * `value` is the department chosen ("" keeps the one the file names).
 */
export function DepartmentChoice({
  assignment,
  districts,
  value,
  onChange,
}: {
  assignment: PreviewAssignment;
  districts: { code: string; name: string }[];
  value: string;
  onChange: (key: string) => void;
}) {
  const [changing, setChanging] = useState(false);
  if (assignment.state === "ready") {
    return (
      <div className="space-y-2 text-sm">
        <p>
          所属部门：<strong data-testid="assigned-department">{assignment.department.label}</strong>
          {assignment.canChange && !changing ? (
            <button type="button" className="ml-2 text-brand-700 underline" onClick={() => setChanging(true)}>改为其他部门</button>
          ) : null}
        </p>
        {changing ? <AnyDepartment districts={districts} value={value} onChange={onChange} /> : null}
      </div>
    );
  }
  return (
    <fieldset className="space-y-2 rounded border border-amber-300 bg-amber-50 p-3 text-sm">
      <legend className="px-1 font-medium">所属部门</legend>
      <p role="status">{assignment.message}</p>
      {assignment.choices === "any" ? (
        <AnyDepartment districts={districts} value={value} onChange={onChange} />
      ) : (
        <label className="block">
          部门
          <select className={inputClass} value={value} onChange={(e) => onChange(e.target.value)}>
            <option value="">请选择部门</option>
            {assignment.choices.map((c) => (
              <option key={c.key} value={c.key}>{c.label}</option>
            ))}
          </select>
        </label>
      )}
    </fieldset>
  );
}
