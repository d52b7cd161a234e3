import Decimal from "decimal.js";
import type { CSSProperties } from "react";
import type { ChartItem } from "@/lib/disclosure/chart-data";
import { formatAmount } from "@/lib/money";

const COLORS = ["#941f19", "#0f766e", "#1d4ed8", "#c2410c"];
/** Room kept right of the longest bar for its figure (and, with several series, the series' name). */
const FIGURE_ROOM = { one: "7.5rem", named: "11rem" } as const;

const shown = (v: string) => formatAmount(v, { unit: "元", decimals: "auto" });
const sum = (values: string[]) => values.reduce((a, b) => a.plus(b), new Decimal(0));
/** A figure's share of the longest bar, as the number a CSS length wants. */
const share = (v: Decimal.Value, max: Decimal) => new Decimal(v).dividedBy(max).toNumber();
const swatch = (i: number): CSSProperties => ({ backgroundColor: COLORS[i % COLORS.length] });

/**
 * Horizontal bars as HTML, rendered on the server: each item a line of its label, its bars (a
 * width in per cent of the largest) and each figure in the unit with separators, in the page's own
 * text size, so it reads at any width and in print. Several series stand one under the other,
 * named beside each figure, or stack (`stacked`) as the parts of one bar, named under it.
 */
export function BarChart({ title, items, series, unit, stacked = false }: { title: string; items: ChartItem[]; series: string[]; unit: string; stacked?: boolean }) {
  if (items.length === 0) return null;
  const largest = Decimal.max(0, ...items.map((i) => (stacked ? sum(i.values) : Decimal.max(...i.values))));
  const max = largest.isZero() ? new Decimal(1) : largest;
  const named = series.length > 1;
  return (
    <figure className="mb-6 [print-color-adjust:exact]">
      <figcaption className="mb-2 font-semibold">{title}（单位：{unit}）</figcaption>
      {named ? (
        <ul className="mb-2 flex flex-wrap gap-x-4 gap-y-1 text-sm text-stone-700" aria-hidden="true">
          {series.map((s, i) => (
            <li key={s} className="flex items-center gap-1.5">
              <span className="inline-block size-3 rounded-sm" style={swatch(i)} />
              {s}
            </li>
          ))}
        </ul>
      ) : null}
      <ul className="space-y-3">
        {items.map((item) => (
          <li key={item.label} className="grid gap-1 sm:grid-cols-[minmax(8rem,16rem)_minmax(0,1fr)] sm:items-center sm:gap-4">
            <span className="text-sm text-stone-900">{item.label}</span>
            {stacked ? (
              <StackedBar values={item.values} series={series} share={share(sum(item.values), max)} />
            ) : (
              <div className="space-y-1">
                {item.values.map((v, i) => (
                  <div key={i} className="flex items-center gap-2">
                    <span aria-hidden="true" className="h-4 shrink-0 rounded-r-sm" style={{ ...swatch(i), width: `calc((100% - ${named ? FIGURE_ROOM.named : FIGURE_ROOM.one}) * ${share(v, max)})` }} />
                    <span className="whitespace-nowrap text-sm tabular-nums text-stone-800">
                      {named ? <span className="mr-1 text-stone-600">{series[i]}</span> : null}
                      {shown(v)}
                    </span>
                  </div>
                ))}
              </div>
            )}
          </li>
        ))}
      </ul>
    </figure>
  );
}

/** One bar of its parts in proportion, each part named with its figure under it. */
function StackedBar({ values, series, share: length }: { values: string[]; series: string[]; share: number }) {
  return (
    <div>
      <div aria-hidden="true" className="flex h-5 overflow-hidden rounded-r-sm" style={{ width: `${length * 100}%` }}>
        {values.map((v, i) => (new Decimal(v).gt(0) ? <span key={i} className="h-full" style={{ ...swatch(i), flexGrow: share(v, sum(values)), flexBasis: 0 }} /> : null))}
      </div>
      <p className="mt-1 flex flex-wrap gap-x-4 text-sm tabular-nums text-stone-800">
        {values.map((v, i) => (
          <span key={i} className="flex items-center gap-1.5 whitespace-nowrap">
            <span aria-hidden="true" className="inline-block size-3 rounded-sm" style={swatch(i)} />
            <span className="text-stone-600">{series[i]}</span> {shown(v)}
          </span>
        ))}
      </p>
    </div>
  );
}
