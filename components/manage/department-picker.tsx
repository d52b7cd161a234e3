"use client";

import { useState } from "react";
import { useDepartmentOptions } from "./department-options";
import { inputClass, secondaryButton } from "./styles";

/**
 * An editor's departments: choose a district, then one of its departments, and add it. Values
 * are department keys (DISTRICTCODE-CODE); `labels` names the ones chosen before.
 */
export function DepartmentPicker({
  districts,
  value,
  onChange,
  labels,
  error,
}: {
  districts: { code: string; name: string }[];
  value: string[];
  onChange: (keys: string[]) => void;
  labels: Record<string, string>;
  error?: string;
}) {
  const [districtCode, setDistrictCode] = useState("");
  const [chosen, setChosen] = useState("");
  const [names, setNames] = useState(labels);
  const { options, loading, error: loadError } = useDepartmentOptions(districtCode);
  const districtName = districts.find((d) => d.code === districtCode)?.name ?? "";

  const add = () => {
    const option = options.find((o) => o.code === chosen);
    if (!option) return;
    const key = `${districtCode}-${option.code}`;
    setNames({ ...names, [key]: `${districtName} ${option.name}` });
    if (!value.includes(key)) onChange([...value, key]);
    setChosen("");
  };

  return (
    <fieldset aria-describedby={error ? "departments-error" : undefined} aria-invalid={!!error}>
      <legend className="font-medium">负责的部门</legend>
      {value.length ? (
        <ul aria-label="已选部门" className="mt-1 space-y-1">
          {value.map((key) => (
            <li key={key} className="flex flex-wrap items-center justify-between gap-2 rounded border border-stone-300 bg-stone-50 px-3 py-1">
              <span>
                {names[key] ?? key} <span className="text-sm text-stone-600">（{key}）</span>
              </span>
              <button type="button" className="text-sm text-red-800 underline" onClick={() => onChange(value.filter((k) => k !== key))}>
                移除<span className="sr-only"> {names[key] ?? key}</span>
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p className="mt-1 text-sm text-stone-600">尚未选择部门。</p>
      )}
      <div className="mt-2 grid gap-2 sm:grid-cols-[1fr_2fr_auto] sm:items-end">
        <div>
          <label htmlFor="picker-district" className="block text-sm">
            区县
          </label>
          <select id="picker-district" className={inputClass} value={districtCode} onChange={(e) => {
              setDistrictCode(e.target.value);
              setChosen("");
            }}>
            <option value="">请选择区县</option>
            {districts.map((d) => (
              <option key={d.code} value={d.code}>
                {d.name}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="picker-department" className="block text-sm">
            部门
          </label>
          <select id="picker-department" className={inputClass} value={chosen} disabled={!districtCode || loading} onChange={(e) => setChosen(e.target.value)}>
            <option value="">{loading ? "正在载入…" : districtCode ? `请选择${districtName}的部门（${options.length}）` : "请先选择区县"}</option>
            {options.map((o) => (
              <option key={o.id} value={o.code}>
                {o.code} {o.name}
              </option>
            ))}
          </select>
        </div>
        <button type="button" className={secondaryButton} disabled={!chosen} onClick={add}>
          添加部门
        </button>
      </div>
      {loadError ? <p className="mt-1 text-sm text-red-700">{loadError}</p> : null}
      {error ? (
        <p id="departments-error" className="mt-1 text-sm text-red-700">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}
