import Link from "next/link";
import { type FilterOption, FilterSelect } from "@/components/filters/filter-select";

export interface PickerChoice {
  id: string;
  /** 北碚区 · 北碚区人民政府办公室 · 2024年部门预算 */
  label: string;
}

export interface PickerShortcut {
  href: string;
  label: string;
}

export interface PickerProps {
  chosen: PickerChoice[];
  found: { items: PickerChoice[]; total: number };
  districts: FilterOption[];
  years: FilterOption[];
  filters: { district?: string; year?: number; q?: string };
  /** kept through the form: the unit asked for, where it is not the default */
  unit?: string;
  /** links that choose a second document at once, or narrow the list to likely ones */
  shortcuts: PickerShortcut[];
}

const field = "rounded border border-stone-400 bg-white px-2 py-1.5";
const button = "rounded px-4 py-2 font-medium focus-visible:outline focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-700";

function Checklist({ items, checked, name }: { items: PickerChoice[]; checked: boolean; name: string }) {
  return (
    <ul className="divide-y divide-stone-200 rounded border border-stone-200 bg-white" aria-label={name}>
      {items.map((c) => (
        <li key={c.id} className="px-3 py-2">
          <label className="flex gap-2">
            <input type="checkbox" name="ids" value={c.id} defaultChecked={checked} className="mt-1 size-4 shrink-0" />
            <span className="min-w-0 break-words">{c.label}</span>
          </label>
        </li>
      ))}
    </ul>
  );
}

/**
 * The documents to compare, chosen in a plain GET form that works without script: those already
 * chosen stay ticked, the filters narrow the published disclosures offered beside them.
 */
export function ComparePicker({ chosen, found, districts, years, filters, unit, shortcuts }: PickerProps) {
  const offered = found.items.filter((i) => !chosen.some((c) => c.id === i.id));
  const others = found.total - (found.items.length - offered.length);
  return (
    // keyed by what it shows, so that a link to other filters (a client-side navigation) renders fresh defaults
    <form key={JSON.stringify([chosen.map((c) => c.id), filters])} id="picker" action="/compare" method="get" className="space-y-4" aria-labelledby="picker-heading">
      <h2 id="picker-heading" className="text-lg font-semibold">选择要对比的文件（2 至 4 份）</h2>
      {unit ? <input type="hidden" name="unit" value={unit} /> : null}
      <fieldset>
        <legend className="mb-1 font-medium">已选文件（{chosen.length} 份）</legend>
        {chosen.length ? <Checklist items={chosen} checked name="已选文件" /> : <p className="text-stone-700">尚未选择。请在下面查找并勾选。</p>}
      </fieldset>
      {shortcuts.length ? (
        <nav aria-label="快捷选择" className="text-sm">
          <ul className="flex flex-wrap gap-x-4 gap-y-1">
            {shortcuts.map((s) => (
              <li key={s.href}>
                <Link href={s.href} className="text-brand-700 underline">{s.label}</Link>
              </li>
            ))}
          </ul>
        </nav>
      ) : null}
      <fieldset className="rounded border border-stone-200 bg-stone-50 p-3">
        <legend className="px-1 font-medium">查找已公开文件</legend>
        <div className="flex flex-wrap items-end gap-3">
          <div className="flex flex-col text-sm">
            <FilterSelect id="compare-district" name="district" label="区县" all="全部区县" value={filters.district} options={districts} className={field} />
          </div>
          <div className="flex flex-col text-sm">
            <FilterSelect id="compare-year" name="year" label="年度" all="全部年度" value={filters.year?.toString()} options={years} className={field} />
          </div>
          <label className="flex min-w-0 flex-1 flex-col text-sm">
            部门名称或关键词
            <input type="search" name="q" defaultValue={filters.q ?? ""} placeholder="如：政务服务" className={`${field} min-w-0`} />
          </label>
          <button type="submit" name="find" value="1" formAction="/compare#picker" className={`${button} border border-brand-700 bg-white text-brand-700 hover:bg-brand-50`}>查找</button>
        </div>
      </fieldset>
      <fieldset>
        <legend className="mb-1 font-medium">
          可选文件（{others > offered.length ? `共 ${others} 份，列出前 ${offered.length} 份，可缩小范围` : `${offered.length} 份`}）
        </legend>
        {offered.length ? <Checklist items={offered} checked={false} name="可选文件" /> : <p className="text-stone-700">没有符合条件的其他已公开文件。可以减少筛选条件。</p>}
      </fieldset>
      <button type="submit" className={`${button} bg-brand-700 text-white hover:bg-brand-800`}>对比所选</button>
    </form>
  );
}
