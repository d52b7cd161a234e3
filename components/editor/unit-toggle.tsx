"use client";

import { SOURCE_UNITS, type SourceUnit } from "@/lib/disclosure/schema";

/** 元/万元: the unit amounts are shown and typed in; what is stored stays in 元. */
export function UnitToggle({ unit, onChange }: { unit: SourceUnit; onChange: (unit: SourceUnit) => void }) {
  return (
    <fieldset className="flex items-center gap-2 text-sm">
      <legend className="sr-only">金额显示单位</legend>
      <span aria-hidden="true">单位：</span>
      {SOURCE_UNITS.map((u) => (
        <label key={u} className="flex cursor-pointer items-center gap-1 rounded border border-stone-400 px-2 py-1 has-checked:bg-stone-700 has-checked:text-white">
          <input type="radio" name="display-unit" value={u} checked={unit === u} onChange={() => onChange(u)} className="sr-only" />
          {u}
        </label>
      ))}
    </fieldset>
  );
}
