"use client";

import { type Control, Controller, type UseFormRegister, useFieldArray } from "react-hook-form";
import { INDICATOR_OPERATORS } from "@/lib/disclosure/schema";
import { INDICATOR_HEADERS } from "./labels";
import { blankIndicator, emptyAsNull, type PerformanceValues } from "./performance-values";

type IndicatorsPath = "overall.indicators" | `targets.${number}.indicators`;

const input = "w-full min-w-20 rounded border border-stone-300 px-2 py-1";

/** The 绩效指标 of one target: 一级/二级/三级指标, 计量单位, 指标性质, 指标值, 权重, 是否核心指标. */
export function IndicatorRows({ control, register, name, owner }: { control: Control<PerformanceValues>; register: UseFormRegister<PerformanceValues>; name: IndicatorsPath; owner: string }) {
  const { fields, append, remove } = useFieldArray({ control, name });
  return (
    <div>
      <div className="relative overflow-x-auto">
        <table className="min-w-full text-sm">
          <caption className="sr-only">{owner}绩效指标</caption>
          <thead>
            <tr className="bg-stone-100 text-left">
              {INDICATOR_HEADERS.map((h) => (
                <th key={h} scope="col" className="px-1 py-1">{h}</th>
              ))}
              <th scope="col"><span className="sr-only">操作</span></th>
            </tr>
          </thead>
          <tbody>
            {fields.map((field, i) => {
              const label = (what: string) => `${owner}第 ${i + 1} 个指标${what}`;
              return (
                <tr key={field.id} className="border-t border-stone-200">
                  <td className="p-1"><input aria-label={label("一级指标")} className={input} {...register(`${name}.${i}.level1`)} /></td>
                  <td className="p-1"><input aria-label={label("二级指标")} className={input} {...register(`${name}.${i}.level2`)} /></td>
                  <td className="p-1"><input aria-label={label("三级指标")} className={`${input} min-w-40`} {...register(`${name}.${i}.level3`)} /></td>
                  <td className="p-1"><input aria-label={label("计量单位")} className={input} {...register(`${name}.${i}.unit`, { setValueAs: emptyAsNull })} /></td>
                  <td className="p-1">
                    <Controller
                      control={control}
                      name={`${name}.${i}.operator`}
                      render={({ field: f }) => (
                        <select aria-label={label("指标性质")} className={input} value={f.value} onChange={f.onChange} onBlur={f.onBlur} ref={f.ref}>
                          {(INDICATOR_OPERATORS as readonly string[]).includes(f.value) ? null : <option value={f.value}>{f.value}（不规范）</option>}
                          {INDICATOR_OPERATORS.map((o) => (
                            <option key={o} value={o}>{o}</option>
                          ))}
                        </select>
                      )}
                    />
                  </td>
                  <td className="p-1"><input aria-label={label("指标值")} className={input} {...register(`${name}.${i}.value`, { setValueAs: emptyAsNull })} /></td>
                  <td className="p-1"><input aria-label={label("权重")} inputMode="decimal" className={`${input} w-16`} {...register(`${name}.${i}.weight`, { setValueAs: emptyAsNull })} /></td>
                  <td className="p-1">
                    <Controller
                      control={control}
                      name={`${name}.${i}.core`}
                      render={({ field: f }) => (
                        <select
                          aria-label={label("是否核心指标")}
                          className={input}
                          value={f.value === null ? "" : String(f.value)}
                          onChange={(e) => f.onChange(e.target.value === "" ? null : e.target.value === "true")}
                          onBlur={f.onBlur}
                          ref={f.ref}
                        >
                          <option value="">未填</option>
                          <option value="true">是</option>
                          <option value="false">否</option>
                        </select>
                      )}
                    />
                  </td>
                  <td className="p-1">
                    <button type="button" onClick={() => remove(i)} aria-label={label("删除")} className="rounded px-2 py-1 text-red-800 hover:bg-red-50">删除</button>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <button type="button" onClick={() => append(blankIndicator())} className="mt-2 rounded border border-stone-400 px-2 py-1 text-sm hover:bg-stone-100">
        添加指标
      </button>
    </div>
  );
}
