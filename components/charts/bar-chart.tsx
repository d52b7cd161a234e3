import Decimal from "decimal.js";
import type { CSSProperties } from "react";
import type { ChartItem } from "@/lib/disclosure/chart-data";
import { formatAmount } from "@/lib/money";

const shown = (v: string) => formatAmount(v, { unit: "元", decimals: "auto" });
const sum = (values: string[]) => values.reduce((a, b) => a.plus(b), new Decimal(0));
/** A figure's share of the longest bar, as the number a CSS length wants: four places are finer than a pixel. */
const share = (v: Decimal.Value, max: Decimal) => new Decimal(v).dividedBy(max).toDecimalPlaces(4).toNumber();
/** The series' colour (globals.css `.series-N`). */
const series = (i: number) => `series-${i % 4}`;
const length = (value: number): CSSProperties => ({ "--share": value }) as CSSProperties;

/**
 * Horizontal bars as HTML, rendered on the server (globals.css `.bar-chart`): each item a line of
 * its label, its bars (a width in per cent of the largest) and each figure in the unit with
 * separators, in the page's own text size, so it reads at any width and in print. Several series
 * stand one under the other, named beside each figure, or stack (`stacked`) as the parts of one
 * bar, named under it.
 */
export function BarChart({ title, items, series: names, unit, stacked = false }: { title: string; items: ChartItem[]; series: string[]; unit: string; stacked?: boolean }) {
  if (items.length === 0) return null;
  const largest = Decimal.max(0, ...items.map((i) => (stacked ? sum(i.values) : Decimal.max(...i.values))));
  const max = largest.isZero() ? new Decimal(1) : largest;
  const named = names.length > 1;
  return (
    <figure className={`bar-chart${named ? " bar-chart-named" : ""}`}>
      <figcaption>{`${title}（单位：${unit}）`}</figcaption>
      {named ? (
        <ul className="bar-legend" aria-hidden="true">
          {names.map((s, i) => (
            <li key={s}><span className={`swatch ${series(i)}`} />{s}</li>
          ))}
        </ul>
      ) : null}
      <ul>
        {items.map((item) => (
          <li key={item.label}>
            <span>{item.label}</span>
            {stacked ? (
              <StackedBar values={item.values} names={names} share={share(sum(item.values), max)} />
            ) : (
              <div>
                {item.values.map((v, i) => (
                  <div key={i} className="bar-line">
                    <span aria-hidden="true" className={`bar ${series(i)}`} style={length(share(v, max))} />
                    <span className="bar-figure">{named ? <span>{names[i]}</span> : null}{shown(v)}</span>
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
function StackedBar({ values, names, share: whole }: { values: string[]; names: string[]; share: number }) {
  return (
    <div>
      <div aria-hidden="true" className="bar-stack" style={length(whole)}>
        {values.map((v, i) => (new Decimal(v).gt(0) ? <span key={i} className={series(i)} style={{ flexGrow: share(v, sum(values)) }} /> : null))}
      </div>
      <p className="bar-parts">
        {values.map((v, i) => (
          <span key={i}><span aria-hidden="true" className={`swatch ${series(i)}`} /><span>{names[i]}</span> {shown(v)}</span>
        ))}
      </p>
    </div>
  );
}
