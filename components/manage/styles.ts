/** The admin forms' and tables' shared classes (contrast ≥ 4.5:1 on white). */
export const inputClass =
  "mt-1 block w-full rounded border border-stone-500 bg-white px-3 py-2 text-base aria-[invalid=true]:border-red-700 disabled:bg-stone-100";
export const primaryButton = "rounded bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-800 disabled:opacity-60";
export const secondaryButton = "rounded border border-stone-500 bg-white px-3 py-2 text-stone-900 hover:bg-stone-100 disabled:opacity-60";
export const dangerButton = "rounded border border-red-700 bg-white px-3 py-2 text-red-800 hover:bg-red-50 disabled:opacity-60";
export const tableWrapper = "relative overflow-x-auto rounded border border-stone-200 bg-white";
export const tableClass = "w-full min-w-max border-collapse text-left text-sm [&_td]:border-t [&_td]:border-stone-200 [&_td]:px-3 [&_td]:py-2 [&_th]:bg-stone-100 [&_th]:px-3 [&_th]:py-2 [&_th]:font-semibold [&_tbody_th]:border-t [&_tbody_th]:border-stone-200 [&_tbody_th]:bg-white [&_tbody_th]:font-normal";
export const linkClass = "text-brand-700 underline";
