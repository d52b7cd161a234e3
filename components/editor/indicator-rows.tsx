"use client";

import { type Control, Controller, type UseFormRegister, type UseFormSetValue, useFieldArray, useWatch } from "react-hook-form";
import { INDICATOR_LEVELS, LEVEL1_NAMES, standardLevel1, standardLevel2 } from "@/lib/disclosure/indicator-sets";
import { INDICATOR_LABELS } from "@/lib/disclosure/labels";
import { INDICATOR_OPERATORS } from "@/lib/disclosure/schema";
import { blankIndicator, emptyAsNull, type PerformanceValues } from "./performance-values";

type IndicatorsPath = "overall.indicators" | `targets.${number}.indicators`;
type Form = { control: Control<PerformanceValues>; register: UseFormRegister<PerformanceValues>; setValue: UseFormSetValue<PerformanceValues> };

const input = "w-full min-w-20 rounded border border-stone-300 px-2 py-1 aria-[invalid=true]:border-red-600";

/**
 * The options of a level select: the standard ones, and a value outside them (an imported
 * document's own wording) shown as it is, so that nothing read is lost; rule P1 says what is wrong with it.
 */
function LevelOptions({ value, standard }: { value: string; standard: readonly string[] }) {
  return (
    <>
      <option value="">请选择</option>
      {value && !standard.includes(value) ? <option value={value}>{value}</option> : null}
      {standard.map((l) => (
        <option key={l} value={l}>{l}</option>
      ))}
    </>
  );
}

function IndicatorRow({ control, register, setValue, path, label, onRemove }: Form & { path: `${IndicatorsPath}.${number}`; label: (what: string) => string; onRemove: () => void }) {
  const [level1, level2] = useWatch({ control, name: [`${path}.level1`, `${path}.level2`] });
  const parent = standardLevel1(level1);
  const weightError = `${path.replaceAll(".", "-")}-weight-error`;
  return (
    <tr className="border-t border-stone-200 align-top">
      <td className="p-1">
        <Controller
          control={control}
          name={`${path}.level1`}
          render={({ field: f }) => (
            <select
              aria-label={label("一级指标")}
              className={input}
              value={f.value}
              onBlur={f.onBlur}
              ref={f.ref}
              onChange={(e) => {
                f.onChange(e.target.value);
                // a 二级指标 of another 一级指标 no longer fits
                if (level2 && !standardLevel2(e.target.value, level2)) setValue(`${path}.level2`, "", { shouldDirty: true });
              }}
            >
              <LevelOptions value={f.value} standard={LEVEL1_NAMES} />
            </select>
          )}
        />
      </td>
      <td className="p-1">
        <Controller
          control={control}
          name={`${path}.level2`}
          render={({ field: f }) => (
            <select aria-label={label("二级指标")} className={input} value={f.value} onChange={f.onChange} onBlur={f.onBlur} ref={f.ref}>
              <LevelOptions value={f.value} standard={parent ? INDICATOR_LEVELS[parent] : []} />
            </select>
          )}
        />
      </td>
      <td className="p-1"><input aria-label={label("三级指标")} className={`${input} min-w-40`} {...register(`${path}.level3`)} /></td>
      <td className="p-1"><input aria-label={label("计量单位")} className={input} {...register(`${path}.unit`, { setValueAs: emptyAsNull })} /></td>
      <td className="p-1">
        <Controller
          control={control}
          name={`${path}.operator`}
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
      <td className="p-1"><input aria-label={label("指标值")} className={input} {...register(`${path}.value`, { setValueAs: emptyAsNull })} /></td>
      <td className="p-1">
        <Controller
          control={control}
          name={`${path}.weight`}
          render={({ field: f, fieldState }) => (
            <>
              <input
                aria-label={label("权重")}
                inputMode="decimal"
                aria-invalid={!!fieldState.error}
                aria-describedby={fieldState.error ? weightError : undefined}
                className={`${input} w-16`}
                value={f.value ?? ""}
                onChange={(e) => f.onChange(emptyAsNull(e.target.value))}
                onBlur={f.onBlur}
                ref={f.ref}
              />
              {fieldState.error ? <p id={weightError} className="mt-1 min-w-40 text-xs text-red-700">{fieldState.error.message}</p> : null}
            </>
          )}
        />
      </td>
      <td className="p-1">
        <Controller
          control={control}
          name={`${path}.core`}
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
        <button type="button" onClick={onRemove} aria-label={label("删除")} className="rounded px-2 py-1 text-red-800 hover:bg-red-50">删除</button>
      </td>
    </tr>
  );
}

/** The 绩效指标 of one target: 一级/二级指标 from the standard sets, 三级指标, 计量单位, 指标性质, 指标值, 权重, 是否核心指标. */
export function IndicatorRows({ control, register, setValue, name, owner }: Form & { name: IndicatorsPath; owner: string }) {
  const { fields, append, remove } = useFieldArray({ control, name });
  return (
    <div>
      <div className="relative overflow-x-auto">
        <table className="min-w-full text-sm">
          <caption className="sr-only">{owner}绩效指标</caption>
          <thead>
            <tr className="bg-stone-100 text-left">
              {Object.values(INDICATOR_LABELS).map((h) => (
                <th key={h} scope="col" className="px-1 py-1">{h}</th>
              ))}
              <th scope="col"><span className="sr-only">操作</span></th>
            </tr>
          </thead>
          <tbody>
            {fields.map((field, i) => (
              <IndicatorRow
                key={field.id}
                control={control}
                register={register}
                setValue={setValue}
                path={`${name}.${i}`}
                label={(what) => `${owner}第 ${i + 1} 个指标${what}`}
                onRemove={() => remove(i)}
              />
            ))}
          </tbody>
        </table>
      </div>
      <button type="button" onClick={() => append(blankIndicator())} className="mt-2 rounded border border-stone-400 px-2 py-1 text-sm hover:bg-stone-100">
        添加指标
      </button>
    </div>
  );
}
